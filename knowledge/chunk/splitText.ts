/**
 * Boundaries tried in order, each a split regex whose capture group is the (whitespace) separator:
 * paragraphs, lines, sentences, words.
 */
const BOUNDARIES: readonly RegExp[] = [/(\n[ \t]*\n\s*)/, /(\n\s*)/, /(?<=[.!?…]['")\]]?)(\s+)/, /(\s+)/];

/**
 * Splits text into trimmed, non-empty pieces of at most `maxChars` UTF-16 units, packing as much as fits
 * and cutting at the coarsest boundary that works: paragraph, then line, then sentence, then word. Only a
 * single word longer than `maxChars` is cut mid-word (never inside a surrogate pair). Only whitespace
 * at the cuts is lost; every other character is kept, in order.
 */
export function splitText(text: string, maxChars: number, level = 0): string[] {
  const trimmed = text.trim();
  if (trimmed.length <= maxChars) return trimmed ? [trimmed] : [];
  if (level >= BOUNDARIES.length) return hardSplit(trimmed, maxChars);
  const parts = trimmed.split(BOUNDARIES[level]);
  const pieces: string[] = [];
  let current = '';
  for (let i = 0; i < parts.length; i += 2) {
    const part = parts[i];
    const joined = current + (parts[i - 1] ?? '') + part;
    if (current && joined.length <= maxChars) {
      current = joined;
      continue;
    }
    if (current) pieces.push(current);
    current = '';
    if (part.length > maxChars) pieces.push(...splitText(part, maxChars, level + 1));
    else current = part;
  }
  if (current) pieces.push(current);
  return pieces.map((piece) => piece.trim()).filter((piece) => piece !== '');
}

function hardSplit(text: string, maxChars: number): string[] {
  const pieces: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(start + maxChars, text.length);
    const code = text.charCodeAt(end - 1);
    if (end < text.length && end - start > 1 && code >= 0xd800 && code <= 0xdbff) end -= 1;
    pieces.push(text.slice(start, end));
    start = end;
  }
  return pieces;
}
