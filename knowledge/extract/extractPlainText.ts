import type { ExtractedText, ExtractInput } from './ExtractedText';
import { convertSetextHeadings } from './convertSetextHeadings';
import { decodeUtf8, normaliseText } from './normaliseText';

/**
 * Plain text (.txt). A line of text followed by a line of `===` becomes a `#` heading, by `---` a `##`
 * heading; everything else is kept as written. Never throws for any byte content.
 */
export function extractPlainText(input: ExtractInput): ExtractedText {
  const text = convertSetextHeadings(normaliseText(decodeUtf8(input.bytes)));
  return { text: normaliseText(text), frontMatter: {} };
}
