const ELLIPSIS = '…';

/**
 * Returns `text` unchanged when it has at most `maxChars` UTF-16 units; otherwise a prefix cut at the last
 * space that keeps at least half of the budget (or hard-cut, never splitting a surrogate pair), trimmed,
 * plus `…`, with the whole result at most `maxChars` long. `maxChars` below 2 is treated as 2.
 */
export function truncateAtWord(text: string, maxChars: number): string {
  const limit = Math.max(2, Math.floor(maxChars));
  if (text.length <= limit) return text;
  let cut = text.slice(0, limit - ELLIPSIS.length);
  const space = cut.lastIndexOf(' ');
  if (space >= limit / 2) cut = cut.slice(0, space);
  else if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}${ELLIPSIS}`;
}
