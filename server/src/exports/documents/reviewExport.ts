import { reviewDocument } from '@roundtable/shared/review/reviewDocument';
import { access, defineExport, utf8 } from '../exportDocument';
import { reviewDocx } from '../reviewDocx';
import { reviewMarkdown } from '../reviewMarkdown';
import { reviewPdf } from '../reviewPdf';
import { REVIEW_WORDING } from '../reviewWording';

/**
 * [REVEXP1] [REVEXP2] The session-five review as Word, PDF and Markdown, each rendered from a ReviewDocument
 * (shared/src/review/reviewDocument.ts) and nothing else, so the three say the same: for any member, once a version
 * of the plan has been agreed (before then 409 `wrong_phase`).
 */
export const REVIEW_EXPORT = defineExport({
  name: 'review',
  formats: { docx: reviewDocx, pdf: reviewPdf, md: utf8(reviewMarkdown) },
  fileName: REVIEW_WORDING.fileName,
  access: {
    member: access({
      noun: REVIEW_WORDING.noun,
      build: (state, { now }) => reviewDocument(state, now),
      unavailable: () => ({ code: 'wrong_phase', message: REVIEW_WORDING.notAgreedYet }),
    }),
  },
});

export type ReviewFormat = (typeof REVIEW_EXPORT.extensions)[number];
