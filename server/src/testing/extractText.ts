import mammoth from 'mammoth';
import { PDFParse } from 'pdf-parse';

/*
 * The text a reader sees in an exported file, for tests that check what a download says (and does not say).
 * Uses the development-only parsers: mammoth for Word documents, pdf-parse (PDF.js) for PDFs.
 */

export async function docxText(file: Buffer | Uint8Array): Promise<string> {
  return (await mammoth.extractRawText({ buffer: Buffer.from(file) })).value;
}

/** Each page's text, in order (page headers and footers included). */
export async function pdfPages(file: Buffer | Uint8Array): Promise<string[]> {
  const parser = new PDFParse({ data: new Uint8Array(file) });
  try {
    return (await parser.getText()).pages.map((p) => p.text);
  } finally {
    await parser.destroy();
  }
}

export async function pdfText(file: Buffer | Uint8Array): Promise<string> {
  return (await pdfPages(file)).join('\n');
}
