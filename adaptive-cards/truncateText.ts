/** Marker appended to shortened text. */
export const ELLIPSIS = '…';

/**
 * Shortens `text` to at most `maxChars` code points (never splitting a surrogate pair), ending with "…"
 * when anything was cut. `maxChars` <= 0 yields ''; text that already fits is returned unchanged.
 */
export function truncateText(text: string, maxChars: number): string {
  if (maxChars <= 0) return '';
  if (text.length <= maxChars) return text;
  const points = Array.from(text);
  if (points.length <= maxChars) return text;
  return (
    points
      .slice(0, maxChars - 1)
      .join('')
      .trimEnd() + ELLIPSIS
  );
}
