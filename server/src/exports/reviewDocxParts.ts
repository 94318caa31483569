import { LevelFormat, Paragraph, TextRun, type HeadingLevel, type INumberingOptions, type ParagraphChild, type TableCell } from 'docx';
import type { ReviewStatus } from '@roundtable/shared/review/reviewDocument';
import { cell } from './docxLayout';
import { RAG_FILL } from './reviewWording';

/** The pieces the review's Word document is built from: its paragraphs, its lists and a status cell. */

/** Notes under a cell's first line: 10 pt (sizes are in half-points). */
export const SMALL = 20;
export const BULLETS = 'review-bullets';
export const NUMBERED = 'review-numbered';

const listLevel = (format: (typeof LevelFormat)['BULLET' | 'DECIMAL'], text: string) => ({
  level: 0,
  format,
  text,
  alignment: 'start' as const,
  style: { paragraph: { indent: { left: 425, hanging: 425 } } },
});

/** The bulleted and the numbered list the document uses. */
export const REVIEW_NUMBERING: INumberingOptions['config'] = [
  { reference: BULLETS, levels: [listLevel(LevelFormat.BULLET, '•')] },
  { reference: NUMBERED, levels: [listLevel(LevelFormat.DECIMAL, '%1.')] },
];

/** A heading that stays with what follows it. */
export function heading(level: (typeof HeadingLevel)['HEADING_1' | 'HEADING_2' | 'HEADING_3'], text: string): Paragraph {
  return new Paragraph({ heading: level, keepNext: true, keepLines: true, children: [new TextRun(text)] });
}

export function para(children: ParagraphChild[] | string, options: { after?: number; keepNext?: boolean } = {}): Paragraph {
  return new Paragraph({ keepNext: options.keepNext, spacing: options.after === undefined ? undefined : { after: options.after }, children: typeof children === 'string' ? [new TextRun(children)] : children });
}

export function small(text: string, options: { italics?: boolean; bold?: boolean; color?: string } = {}): Paragraph {
  return new Paragraph({ spacing: { before: 40 }, children: [new TextRun({ text, size: SMALL, italics: options.italics, bold: options.bold, color: options.color })] });
}

export function listItem(text: string, list: typeof BULLETS | typeof NUMBERED = BULLETS): Paragraph {
  return new Paragraph({ numbering: { reference: list, level: 0 }, children: [new TextRun(text)] });
}

/** A status in words, bold, on its RAG tint. */
export function statusCell(status: ReviewStatus, width: number, options: { size?: number } = {}): TableCell {
  return cell([new Paragraph({ children: [new TextRun({ text: status.words, bold: true, size: options.size })] })], width, { fill: RAG_FILL[status.rag] });
}
