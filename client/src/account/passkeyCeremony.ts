import type { PasskeyChallenge, PasskeyVerifyBody } from '@roundtable/shared/accounts/accountRest';
import { browserSupportsWebAuthn, startAuthentication, startRegistration } from '@simplewebauthn/browser';
import type { RestFailure, RestResult } from '../api/restClient';
import type { AccountMessages } from '../i18n/messages.accounts.en';

/** Why the browser's part of a passkey ceremony ended without a credential. */
export type CeremonyRefusal = 'unsupported' | 'cancelled' | 'alreadyRegistered' | 'failed';

export type CeremonyOutcome<T> = { ok: true; data: T } | { ok: false; refusal: CeremonyRefusal } | { ok: false; failure: RestFailure };

/**
 * The refusal for what navigator.credentials threw (through @simplewebauthn/browser, which keeps the DOMException's
 * name): NotAllowedError is the person cancelling or the prompt timing out — the browser does not say which.
 */
export function ceremonyRefusalOf(error: unknown): CeremonyRefusal {
  const name = typeof error === 'object' && error !== null ? String((error as { name?: unknown }).name) : '';
  if (name === 'NotAllowedError' || name === 'AbortError') return 'cancelled';
  if (name === 'InvalidStateError') return 'alreadyRegistered';
  return 'failed';
}

export function ceremonyRefusalText(ta: AccountMessages, refusal: CeremonyRefusal): string {
  return ta.passkey[refusal];
}

type Kind = 'register' | 'authenticate';

/**
 * One passkey ceremony: the server's options (a challenge for this flow), the browser's WebAuthn call, the server's
 * verification. The challenge is single-use on the server, so a retry starts from the options again.
 */
export async function passkeyCeremony<T>(
  kind: Kind,
  options: () => Promise<RestResult<PasskeyChallenge>>,
  verify: (body: PasskeyVerifyBody) => Promise<RestResult<T>>,
  passkeyName?: string,
): Promise<CeremonyOutcome<T>> {
  if (!browserSupportsWebAuthn()) return { ok: false, refusal: 'unsupported' };
  const challenge = await options();
  if (!challenge.ok) return challenge;
  let response: PasskeyVerifyBody['response'];
  try {
    const optionsJSON = challenge.data.options as never;
    const credential = kind === 'register' ? await startRegistration({ optionsJSON }) : await startAuthentication({ optionsJSON });
    // The browser's own JSON, passed through whole: the server's verifier checks every field.
    response = credential as unknown as PasskeyVerifyBody['response'];
  } catch (error) {
    return { ok: false, refusal: ceremonyRefusalOf(error) };
  }
  const verified = await verify({ flowId: challenge.data.flowId, response, ...(passkeyName ? { passkeyName } : {}) });
  return verified;
}
