/** The media type each export is sent with, by file extension. */
export const CONTENT_TYPES = {
  md: 'text/markdown; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  csv: 'text/csv; charset=utf-8',
} as const;

export type ExportExtension = keyof typeof CONTENT_TYPES;
