import type { ExtractedText, ExtractInput } from './ExtractedText';
import { ExtractionError } from './ExtractionError';
import { loadPdfParse, restoreBuiltIns } from './loadPdfParse';
import { normaliseText } from './normaliseText';

/** Default cap on the time spent reading one PDF. */
export const PDF_TIMEOUT_MS = 60_000;

/**
 * PDF text layers via pdf-parse (pdf.js): one block per page, pages separated by a blank line. Scanned
 * pages without a text layer yield no text (no OCR). Corrupt input, a password-protected file, or parsing
 * longer than `timeoutMs` (default 60 s) throws an ExtractionError naming the file; the parser is always
 * destroyed.
 */
export async function extractPdf(input: ExtractInput, timeoutMs = PDF_TIMEOUT_MS): Promise<ExtractedText> {
  const { PDFParse } = loadPdfParse();
  const parser = new PDFParse({ data: new Uint8Array(input.bytes), verbosity: 0 });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    const result = await Promise.race([parser.getText({ pageJoiner: '' }), timeout]);
    const pages = result.pages.map((page) => normaliseText(page.text)).filter((page) => page !== '');
    return { text: normaliseText(pages.join('\n\n')), frontMatter: {} };
  } catch (error) {
    throw ExtractionError.wrap(input.fileName, error);
  } finally {
    clearTimeout(timer);
    await parser.destroy().catch(() => undefined);
    restoreBuiltIns();
  }
}
