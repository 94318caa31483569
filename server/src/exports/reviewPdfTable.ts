import type { Content, CustomTableLayout, TableCell } from 'pdfmake/interfaces';
import type { ReviewStatus } from '@roundtable/shared/review/reviewDocument';
import { CELL_PADDING_PT, CELL_PADDING_X_PT, FONT_SIZE_PT, HEADER_FILL, HEADINGS, TABLE_LAYOUT } from './pdfLayout';
import { RAG_FILL } from './reviewWording';

/** The review PDF's tables, and a status as it prints in them: its words, bold, on its RAG tint. */

export function statusCell(status: ReviewStatus): TableCell {
  return { text: status.words, bold: true, fillColor: `#${RAG_FILL[status.rag]}` };
}

export interface ReviewTableOptions {
  /** False lets rows run on across pages (a row that could be taller than a page must). */
  wholeRows?: boolean;
  /** Columns aligned right (numbers). */
  right?: readonly number[];
  fontSize?: number;
  paddingX?: number;
  title?: string;
  /** Set the title as a subheading rather than a bold line. */
  asHeading?: boolean;
}

/**
 * A table like every export's; with a `title`, that title is a first header row above the column names, so it
 * repeats on each page the table runs onto and never stands apart from the table's first rows.
 */
export function reviewTable(
  widths: (number | '*')[],
  header: readonly string[],
  rows: TableCell[][],
  options: ReviewTableOptions = {},
): Content {
  const wholeRows = options.wholeRows ?? true;
  const columns = header.map((text, i): TableCell => ({ text, style: 'tableHeader', alignment: options.right?.includes(i) ? 'right' : 'left' }));
  const titleCell: TableCell = options.asHeading
    ? { text: options.title ?? '', bold: true, fontSize: HEADINGS.subheading.fontSize, colSpan: header.length, margin: [-CELL_PADDING_X_PT, HEADINGS.subheading.marginTopPt - CELL_PADDING_PT, 0, 0] }
    : { text: options.title ?? '', bold: true, fontSize: FONT_SIZE_PT, colSpan: header.length, margin: [-CELL_PADDING_X_PT, 4, 0, 0] };
  const title: TableCell[] = options.title ? [titleCell, ...header.slice(1).map((): TableCell => ({}))] : [];
  const padding = options.paddingX === undefined ? {} : { paddingLeft: () => options.paddingX!, paddingRight: () => options.paddingX! };
  const titled: CustomTableLayout = options.title
    ? {
        fillColor: (row) => (row === 1 ? HEADER_FILL : null),
        hLineWidth: (i, node) => (i === 0 ? 0 : i === 1 || i === 2 || i === node.table.body.length ? 0.8 : 0.4),
      }
    : {};
  return {
    table: {
      headerRows: options.title ? 2 : 1,
      keepWithHeaderRows: wholeRows ? 1 : 0,
      dontBreakRows: wholeRows,
      widths,
      body: [...(options.title ? [title] : []), columns, ...rows],
    },
    layout: { ...TABLE_LAYOUT, ...padding, ...titled },
    ...(options.fontSize ? { fontSize: options.fontSize } : {}),
  };
}

