import type { Messages } from '../i18n/messages.en';
import type { AccountMessages } from '../i18n/messages.accounts.en';
import { accountFailureText } from './accountText';
import { ceremonyRefusalText, type CeremonyOutcome } from './passkeyCeremony';

/** What to tell someone whose passkey ceremony did not end in a credential the server accepted. */
export function ceremonyFailureText(t: Messages, ta: AccountMessages, outcome: Exclude<CeremonyOutcome<unknown>, { ok: true }>): string {
  return 'refusal' in outcome ? ceremonyRefusalText(ta, outcome.refusal) : accountFailureText(t, ta, outcome.failure);
}
