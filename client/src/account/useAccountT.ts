import { accountMessagesEn, type AccountMessages } from '../i18n/messages.accounts.en';
import { useT } from '../i18n/t';

/** The account catalogues, by primary language subtag; another language registers its catalogue here too. */
const CATALOGUES: Readonly<Record<string, AccountMessages>> = { en: accountMessagesEn };

/** The account text in the language of the page's catalogue (English when it has none of its own yet). */
export function useAccountT(): AccountMessages {
  const t = useT();
  return CATALOGUES[t.locale.toLowerCase().split('-')[0] ?? ''] ?? accountMessagesEn;
}
