import { buildProfile } from '@roundtable/shared/profile/profile';
import { access, defineExport, utf8 } from '../exportDocument';
import { profileDocx } from '../profileDocx';
import { profileMarkdown } from '../profileMarkdown';
import { profilePdf } from '../profilePdf';
import { PROFILE_WORDING } from '../profileWording';

/**
 * [PRO2] The partnership profile as Markdown, Word or PDF, for any member of the workshop, at any time (a board with
 * nothing agreed says so). Its anonymity is its own (shared/src/profile/profile.ts): sectors, never names (PRO3).
 */
export const PROFILE_EXPORT = defineExport({
  name: 'profile',
  formats: { md: utf8(profileMarkdown), docx: profileDocx, pdf: profilePdf },
  fileName: PROFILE_WORDING.fileName,
  access: {
    member: access({
      noun: PROFILE_WORDING.noun,
      build: (state, { now }) => buildProfile(state, now),
    }),
  },
});
