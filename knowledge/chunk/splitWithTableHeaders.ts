import { findTables, type TextTable } from './findTables';
import { splitText } from './splitText';

/**
 * `splitText`, but a piece that starts among the data rows of a table begins with that table's header row
 * (and its `|---|` line), so every row stays interpretable on its own. Pieces still never exceed `maxChars`:
 * when a header has to be repeated, the text is split again with room for the longest header. A header that
 * would leave less than half of `maxChars` for rows is not repeated. Without such a split the result is
 * exactly `splitText(text, maxChars)`.
 */
export function splitWithTableHeaders(text: string, maxChars: number): string[] {
  const plain = splitText(text, maxChars);
  const tables = findTables(text.trim());
  if (plain.length < 2 || tables.length === 0) return plain;
  if (!withHeaders(text.trim(), plain, tables).repeated) return plain;
  const room = Math.max(...tables.map((table) => table.header.length + 1));
  if (maxChars - room < maxChars / 2) return plain;
  return withHeaders(text.trim(), splitText(text, maxChars - room), tables).pieces;
}

function withHeaders(
  text: string,
  pieces: readonly string[],
  tables: readonly TextTable[],
): { pieces: string[]; repeated: boolean } {
  let cursor = 0;
  let repeated = false;
  const out = pieces.map((piece) => {
    const at = text.indexOf(piece, cursor);
    cursor = at < 0 ? cursor : at + piece.length;
    const startsLine = at > 0 && /\n[ \t]*$/.test(text.slice(Math.max(0, at - 100), at));
    const table = startsLine ? tables.find((t) => at >= t.rowsStart && at < t.end) : undefined;
    if (!table) return piece;
    repeated = true;
    return `${table.header}\n${piece}`;
  });
  return { pieces: out, repeated };
}
