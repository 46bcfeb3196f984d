import type { ExtractedText, ExtractInput } from './ExtractedText';
import { htmlToText } from './htmlToText';
import { decodeUtf8, normaliseText } from './normaliseText';

/**
 * HTML (.html, .htm), decoded as UTF-8 whatever `<meta charset>` says. See `htmlToText` for the mapping;
 * `title` is the first `<title>`. Never rejects: malformed markup yields the text it contains.
 */
export async function extractHtml(input: ExtractInput): Promise<ExtractedText> {
  const { text, title } = await htmlToText(decodeUtf8(input.bytes));
  return { text: normaliseText(text), ...(title ? { title: normaliseText(title) } : {}), frontMatter: {} };
}
