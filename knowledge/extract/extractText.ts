import type { ExtractedText, ExtractInput } from './ExtractedText';
import { ExtractionError } from './ExtractionError';
import { UnsupportedFormatError } from './UnsupportedFormatError';
import { extractDocx } from './extractDocx';
import { extractHtml } from './extractHtml';
import { extractMarkdown, MARKDOWN_EXTENSIONS } from './extractMarkdown';
import { extractPdf } from './extractPdf';
import { extractPlainText } from './extractPlainText';

export type { ExtractedText, ExtractInput } from './ExtractedText';
export { ExtractionError } from './ExtractionError';
export { UnsupportedFormatError } from './UnsupportedFormatError';

/** Largest input accepted, in bytes (50 MB). */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

type Extractor = (input: ExtractInput) => ExtractedText | Promise<ExtractedText>;

const EXTRACTORS: Readonly<Record<string, Extractor>> = {
  ...Object.fromEntries(MARKDOWN_EXTENSIONS.map((extension) => [extension, extractMarkdown])),
  '.txt': extractPlainText,
  '.html': extractHtml,
  '.htm': extractHtml,
  '.docx': extractDocx,
  '.pdf': extractPdf,
};

/** Extensions `extractText` accepts (lower-case, with the dot). */
export const SUPPORTED_EXTENSIONS: readonly string[] = Object.keys(EXTRACTORS);

/** Lower-case extension of a file name or `/`- or `\`-separated path, with its dot; '' when there is none. */
export function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

/**
 * Extracts normalised markdown-like text from one file, choosing the extractor by extension
 * (.md, .markdown, .mdown, .mkd, .mkdn, .mdx, .txt, .html, .htm, .docx, .pdf; case-insensitive). Content is
 * never interpreted: links and JSON come back as literal text; markdown's docs-site markup (template tags,
 * admonitions, HTML/JSX tags) is reduced to its text, never evaluated.
 * Failure: an unknown extension rejects with UnsupportedFormatError (`code: 'unsupported_format'`);
 * input over MAX_INPUT_BYTES, corrupt files and any extractor failure reject with ExtractionError
 * (`code: 'extraction_failed'`, message naming the file). It never throws synchronously.
 */
export async function extractText(input: ExtractInput): Promise<ExtractedText> {
  const extension = extensionOf(input.fileName);
  const extractor = EXTRACTORS[extension];
  if (!extractor) throw new UnsupportedFormatError(input.fileName, extension);
  if (input.bytes.length > MAX_INPUT_BYTES) {
    throw new ExtractionError(input.fileName, `file is larger than ${MAX_INPUT_BYTES} bytes`);
  }
  try {
    return await extractor(input);
  } catch (error) {
    throw ExtractionError.wrap(input.fileName, error);
  }
}
