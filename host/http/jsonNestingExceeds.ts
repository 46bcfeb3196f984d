/**
 * True when the JSON text `text` nests arrays/objects more than `maxDepth` levels deep. A single pass over the
 * characters (brackets inside strings don't count), stopping at the first level past the limit; runs before
 * `JSON.parse`, so a hostile body (a field 10,000 levels deep in 20 KB) is refused before any code walks it.
 * Does not validate the JSON: malformed text is left to the parser.
 */
export function jsonNestingExceeds(text: string, maxDepth: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > maxDepth) return true;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
}
