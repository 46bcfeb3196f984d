const FENCE = /^ {0,3}(```|~~~)/;
const PIPE_ROW = /^[ \t]*\|.*\|[ \t]*$/;
const SEPARATOR_CELL = /^\s*(:?)-+(:?)\s*$/;

/**
 * Shrinks markdown table rows (`| a | b |` lines, outside code fences) to their content: runs of spaces
 * used to align columns become one space, and a `|:----|---:|` separator becomes `| :--- | ---: |`
 * (alignment kept). Cell text is otherwise unchanged; every other line is left alone.
 */
export function compactTableRows(text: string): string {
  let inFence = false;
  return text
    .split('\n')
    .map((line) => {
      if (FENCE.test(line)) inFence = !inFence;
      if (inFence || !PIPE_ROW.test(line)) return line;
      const cells = line.trim().slice(1, -1).split('|');
      if (cells.every((cell) => SEPARATOR_CELL.test(cell))) {
        return `| ${cells.map((cell) => cell.replace(SEPARATOR_CELL, '$1---$2')).join(' | ')} |`;
      }
      return line.trim().replace(/[ \t]{2,}/g, ' ');
    })
    .join('\n');
}
