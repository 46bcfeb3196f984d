import type { ExtractedText, ExtractInput } from './ExtractedText';
import { ExtractionError } from './ExtractionError';
import { compactTableRows } from './compactTableRows';
import { convertSetextHeadings } from './convertSetextHeadings';
import { reduceDocsMarkup } from './markup/reduceDocsMarkup';
import { decodeUtf8, normaliseText } from './normaliseText';
import { parseYamlObject } from './parseYamlObject';

const OPENING = /^---[ \t]*\r?\n/;
const CLOSING = /^(---|\.\.\.)[ \t]*$/m;

/** Extensions read as markdown (lower-case, with the dot); `.mdx` also drops ESM lines and JSX elements. */
export const MARKDOWN_EXTENSIONS: readonly string[] = ['.md', '.markdown', '.mdown', '.mkd', '.mkdn', '.mdx'];

/**
 * Markdown (.md, .markdown, .mdown, .mkd, .mkdn, .mdx). YAML front matter counts only when the very first
 * line is `---`; it ends at the next `---` or `...` line and must be a YAML mapping, otherwise (unterminated,
 * malformed, not a mapping) an ExtractionError is thrown. Docs-site markup is reduced to its text (see
 * `reduceDocsMarkup`: admonitions, callouts, template tags, comments, includes, HTML tags, and in .mdx ESM
 * lines and JSX); code fences and code spans stay verbatim. Markdown itself is kept as written (links stay
 * literal, nothing is rendered) except that underlined headings become `#`/`##` lines, `*`/`+` bullets
 * become `- ` and table rows lose their alignment padding (`compactTableRows`).
 */
export function extractMarkdown(input: ExtractInput): ExtractedText {
  const source = decodeUtf8(input.bytes);
  let body = source;
  let frontMatter: Record<string, unknown> = {};
  const opening = OPENING.exec(source);
  if (opening) {
    const rest = source.slice(opening[0].length);
    const closing = CLOSING.exec(rest);
    if (!closing) throw new ExtractionError(input.fileName, 'front matter has no closing "---" line');
    frontMatter = parseYamlObject(rest.slice(0, closing.index), input.fileName, 'front matter');
    body = rest.slice(closing.index + closing[0].length);
  }
  const reduced = reduceDocsMarkup(normaliseText(body), {
    mdx: input.fileName.toLowerCase().endsWith('.mdx'),
  });
  return {
    text: normaliseText(compactTableRows(normaliseBullets(convertSetextHeadings(normaliseText(reduced))))),
    frontMatter,
  };
}

const FENCE = /^ {0,3}(```|~~~)/;
const BULLET = /^( *)[*+] (?=\S)/;
const THEMATIC_BREAK = /^ {0,3}([*+-])( *\1){2,} *$/;

/** `* item` / `+ item` -> `- item`, outside code fences; thematic breaks such as `* * *` stay. */
function normaliseBullets(text: string): string {
  let inFence = false;
  return text
    .split('\n')
    .map((line) => {
      if (FENCE.test(line)) inFence = !inFence;
      return inFence || THEMATIC_BREAK.test(line) ? line : line.replace(BULLET, '$1- ');
    })
    .join('\n');
}
