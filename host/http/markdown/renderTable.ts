import { renderInline } from './renderInline';

const SEPARATOR = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;

/**
 * Renders table rows (`| a | b |` or `a | b`) as an HTML table: the first row is the header (`<th>`), a
 * `|---|` line after it is dropped, every other row is a body row. Cells are split at unescaped `|` and
 * rendered with `renderInline`; rows with fewer cells are padded so columns line up.
 */
export function renderTable(lines: readonly string[]): string {
  const rows = lines.filter((line, i) => !(i === 1 && SEPARATOR.test(line))).map(cellsOf);
  const width = Math.max(...rows.map((row) => row.length));
  const render = (row: readonly string[], tag: 'th' | 'td'): string =>
    `<tr>${Array.from({ length: width }, (_, i) => `<${tag}>${renderInline(row[i] ?? '')}</${tag}>`).join('')}</tr>`;
  const [header, ...body] = rows;
  const head = header ? `<thead>${render(header, 'th')}</thead>` : '';
  return `<table>${head}<tbody>${body.map((row) => render(row, 'td')).join('')}</tbody></table>`;
}

function cellsOf(line: string): string[] {
  let row = line.trim();
  if (row.startsWith('|')) row = row.slice(1);
  if (row.endsWith('|') && !row.endsWith('\\|')) row = row.slice(0, -1);
  return row.split(/(?<!\\)\|/).map((cell) => cell.trim().replace(/\\\|/g, '|'));
}
