import { programmeMessagesEn, type ProgrammeMessages } from '../i18n/messages.programme.en';
import { useT } from '../i18n/t';

/** The programme catalogues, by primary language subtag; another language registers its catalogue here too. */
const CATALOGUES: Readonly<Record<string, ProgrammeMessages>> = { en: programmeMessagesEn };

export function useProgrammeT(): ProgrammeMessages {
  const t = useT();
  return CATALOGUES[t.locale.toLowerCase().split('-')[0] ?? ''] ?? programmeMessagesEn;
}
