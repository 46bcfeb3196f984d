/** A table in a block of text: where its header and data rows are. Offsets index into the text. */
export interface TextTable {
  /** The header row, plus its `|---|` separator line when there is one, joined by `\n`. */
  readonly header: string;
  /** Offset of the first data row (just after the header lines and their line break). */
  readonly rowsStart: number;
  /** Offset just after the last row. */
  readonly end: number;
}

const PIPE_ROW = /^\s*\|.*\|\s*$/;
const SEPARATOR = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;

/** A table row as the extractors write them: `| a | b |` (markdown) or `a | b` (HTML, Word). */
export function isTableRow(line: string): boolean {
  return PIPE_ROW.test(line) || line.includes(' | ') || (SEPARATOR.test(line) && line.includes('|'));
}

/**
 * Finds tables: runs of two or more consecutive table rows (not inside ``` / ~~~ fences). The first row is the
 * header; a `|---|` line right after it belongs to the header. A table with no data row is not returned.
 */
export function findTables(text: string): TextTable[] {
  const tables: TextTable[] = [];
  const lines = text.split('\n');
  let offset = 0;
  let inFence = false;
  let run: { start: number; lines: string[] } | undefined;
  const close = (end: number): void => {
    if (run && run.lines.length >= 2) {
      const headerLines = SEPARATOR.test(run.lines[1] ?? '') ? 2 : 1;
      const header = run.lines.slice(0, headerLines).join('\n');
      const rowsStart = run.start + header.length + 1;
      if (rowsStart < end) tables.push({ header, rowsStart, end });
    }
    run = undefined;
  };
  for (const line of lines) {
    if (/^ {0,3}(```|~~~)/.test(line)) inFence = !inFence;
    if (!inFence && isTableRow(line)) {
      if (run) run.lines.push(line);
      else run = { start: offset, lines: [line] };
    } else close(offset - 1);
    offset += line.length + 1;
  }
  close(text.length);
  return tables;
}
