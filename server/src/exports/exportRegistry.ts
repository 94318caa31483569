import type { RegisteredExport } from './exportDocument';
import { PLAN_EXPORT } from './documents/planExport';
import { PROFILE_EXPORT } from './documents/profileExport';
import { REVIEW_EXPORT } from './documents/reviewExport';
import { SURVEY_EXPORT } from './documents/surveyExport';
import { PARTNERSHIP_MAP_EXPORT } from './documents/partnershipMapExport';

/*
 * Adding a document the workshop can be downloaded as:
 * 1. documents/<name>Export.ts: `defineExport({ name, formats, fileName, access })` — a renderer per format, the file
 *    name, and for each asker (member, shareLink, leadLink) how the document is built from the workshop's state and
 *    what is answered while it is not available (exportDocument.ts says what each field means).
 * 2. Its renderers beside the others (`<name>Pdf.ts` on pdfLayout's `pdfPage`, `<name>Docx.ts` on docxLayout's
 *    `docxFile`, `<name>Markdown.ts`, `<name>Csv.ts` on csvLayout's `csvFile`), its words in one `<NAME>_WORDING` object
 *    in `<name>Wording.ts`, with `printable<Name>` for what people typed.
 * 3. One line below. http/exportRoutes.ts then serves it at /api/workshops/:id/<name>.<ext> (members),
 *    /api/shared/<name>.<ext> (share links) and /api/lead/<name>.<ext> (lead links), to the askers it names.
 * 4. A test that parses each format's file (see planExports.test.ts), and a rule id in docs/spec.md.
 */
export const EXPORT_REGISTRY: readonly RegisteredExport[] = [PROFILE_EXPORT, PLAN_EXPORT, REVIEW_EXPORT, SURVEY_EXPORT, PARTNERSHIP_MAP_EXPORT];
