import { TextLines } from './TextLines';

/** Elements whose content is never text: dropped with everything inside (except `<title>` in `<head>`). */
const DROPPED = new Set(['script', 'style', 'noscript', 'template', 'head']);
/** Elements that start and end a paragraph (separated by a blank line). */
const BLOCKS = new Set([
  ...['p', 'div', 'section', 'article', 'main', 'header', 'footer', 'nav', 'aside', 'blockquote', 'body'],
  ...['pre', 'table', 'ul', 'ol', 'dl', 'figure', 'figcaption', 'address', 'hr', 'form', 'fieldset'],
]);
/** Elements that start and end a line. */
const LINES = new Set(['tr', 'dt', 'dd', 'caption', 'br']);
const HEADING = /^h([1-6])$/;

/**
 * Converts HTML to markdown-like text (callers still apply `normaliseText`): h1-h6 -> `#` lines, list items
 * -> `- ` lines (indented two spaces per nesting level), table rows -> cells joined by ` | `, p/div/li/tr/br
 * and other block boundaries -> line breaks, entities decoded, whitespace collapsed except inside `<pre>`.
 * script/style/noscript/template/head are dropped; the first `<title>` becomes `title`. Only visible text is
 * kept: link targets, attributes and images are ignored. Never rejects: malformed markup yields the text it has.
 */
export async function htmlToText(html: string): Promise<{ text: string; title?: string }> {
  // htmlparser2 is ESM-only; a dynamic import keeps this CommonJS module loadable.
  const { Parser } = await import('htmlparser2');
  const out = new TextLines();
  let dropDepth = 0;
  let preDepth = 0;
  let listDepth = 0;
  let inListItem = 0;
  let inHeading = false;
  let title: string | undefined;
  let titleText: string | null = null;
  let row: string[] | null = null;
  let cell: string | null = null;
  let cellDepth = 0;

  const paragraph = (): void => (inListItem > 0 ? out.lineBreak() : out.paragraph());

  function onopentag(name: string): void {
    if (name === 'title' && title === undefined && titleText === null) titleText = '';
    if (dropDepth > 0 || DROPPED.has(name)) return void (dropDepth += 1);
    if (cell !== null) {
      cellDepth += 1;
      cell += ' ';
      return;
    }
    if (inHeading) return void out.append(' ', false);
    const heading = HEADING.exec(name);
    if (name === 'td' || name === 'th') {
      cell = '';
    } else if (name === 'tr') {
      out.lineBreak();
      row = [];
    } else if (heading) {
      out.paragraph();
      out.startLine(`${'#'.repeat(Number(heading[1]))} `);
      inHeading = true;
    } else if (name === 'li') {
      out.startLine(`${'  '.repeat(Math.max(0, listDepth - 1))}- `);
      inListItem += 1;
    } else if (BLOCKS.has(name)) {
      paragraph();
    } else if (LINES.has(name)) {
      out.lineBreak(preDepth > 0);
    }
    if (name === 'pre') preDepth += 1;
    if (name === 'ul' || name === 'ol') listDepth += 1;
  }

  function onclosetag(name: string): void {
    if (name === 'title' && titleText !== null) {
      title = titleText.replace(/\s+/g, ' ').trim() || undefined;
      titleText = null;
    }
    if (dropDepth > 0) return void (dropDepth -= 1);
    if (cell !== null && cellDepth > 0) return void (cellDepth -= 1);
    if (inHeading && !HEADING.test(name)) return;
    if (name === 'pre') out.lineBreak(true);
    if (cell !== null) {
      const text = cell.replace(/\s+/g, ' ').trim();
      cell = null;
      if (row) row.push(text);
      else out.append(` ${text} `, false);
    } else if (name === 'tr' && row !== null) {
      while (row.length > 0 && row[row.length - 1] === '') row.pop();
      out.append(row.join(' | '), false);
      out.lineBreak();
      row = null;
    } else if (HEADING.test(name)) {
      out.endPrefixed();
      out.paragraph();
      inHeading = false;
    } else if (name === 'li') {
      out.endPrefixed();
      inListItem = Math.max(0, inListItem - 1);
    } else if (BLOCKS.has(name)) paragraph();
    else if (LINES.has(name) && name !== 'br') out.lineBreak();
    if (name === 'pre') preDepth = Math.max(0, preDepth - 1);
    if (name === 'ul' || name === 'ol') listDepth = Math.max(0, listDepth - 1);
  }

  function ontext(data: string): void {
    if (titleText !== null) titleText += data;
    else if (dropDepth > 0) return;
    else if (cell !== null) cell += data;
    else out.append(data, preDepth > 0 && !inHeading);
  }

  const parser = new Parser(
    { onopentag, onclosetag, ontext },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  return { text: out.toString(), ...(title ? { title } : {}) };
}
