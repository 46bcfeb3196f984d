const UNDERLINE = /^ {0,3}(={3,}|-{3,})[ \t]*$/;
const FENCE = /^ {0,3}(```|~~~)/;
/** Lines that are already structure (headings, list items, quotes, table rows) never become headings. */
const NOT_A_TITLE = /^\s*$|^ {0,3}(#|[-*+] |>|\d+[.)] )|\|/;

/**
 * Rewrites "underlined" headings: a line of text followed by a line of `===` (3+) becomes `# text`,
 * followed by `---` (3+) becomes `## text`; the underline is dropped. Lines inside ``` / ~~~ fences,
 * blank lines, list items, quotes, table rows and existing `#` headings are left alone, as is any
 * `===`/`---` line that does not follow such a line of text.
 */
export function convertSetextHeadings(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  let inFence = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (FENCE.test(line)) inFence = !inFence;
    const next = lines[i + 1];
    const underline = next === undefined ? null : UNDERLINE.exec(next);
    if (!inFence && underline && !NOT_A_TITLE.test(line) && !UNDERLINE.test(line)) {
      out.push(`${underline[1].startsWith('=') ? '#' : '##'} ${line.trim()}`);
      i++;
    } else {
      out.push(line);
    }
  }
  return out.join('\n');
}
