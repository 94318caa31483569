import type { ReviewDocument } from '@roundtable/shared/review/reviewDocument';
import { CONTENT_TYPES } from './contentTypes';
import { reviewDocx } from './reviewDocx';
import { reviewMarkdown } from './reviewMarkdown';
import { reviewPdf } from './reviewPdf';
import { REVIEW_WORDING } from './reviewWording';

/**
 * [REVEXP1] The session-five review's files: Word, PDF and Markdown, each rendered from a ReviewDocument
 * (shared/src/review/reviewDocument.ts) and nothing else, so the three say the same.
 */
export const REVIEW_FORMATS = ['docx', 'pdf', 'md'] as const;
export type ReviewFormat = (typeof REVIEW_FORMATS)[number];

export function isReviewFormat(extension: string): extension is ReviewFormat {
  return (REVIEW_FORMATS as readonly string[]).includes(extension);
}

const RENDERERS: Readonly<Record<ReviewFormat, (review: ReviewDocument) => Buffer | Promise<Buffer>>> = {
  docx: reviewDocx,
  pdf: reviewPdf,
  md: (review) => Buffer.from(reviewMarkdown(review), 'utf8'),
};

export async function renderReview(format: ReviewFormat, document: ReviewDocument): Promise<Buffer> {
  return RENDERERS[format](document);
}

/** A rendered review with what a download needs: `<slug>-review-<YYYY-MM-DD>[-draft].<ext>` and its media type. */
export async function reviewFile(format: ReviewFormat, document: ReviewDocument): Promise<{ fileName: string; contentType: string; body: Buffer }> {
  return { fileName: REVIEW_WORDING.fileName(document, format), contentType: CONTENT_TYPES[format], body: await renderReview(format, document) };
}
