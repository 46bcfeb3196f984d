/** Longest URL kept on a card; longer ones are dropped (shown as plain text instead of a link). */
export const MAX_URL_LENGTH = 2048;

/**
 * Returns the normalised form of `url` when it is an absolute `http:`/`https:` URL without embedded
 * credentials and at most {@link MAX_URL_LENGTH} characters long, else `undefined` (the caller then shows
 * no link). `(`, `)` and spaces are percent-encoded so the result can sit inside a markdown link target.
 */
export function safeHttpUrl(url: string | undefined): string | undefined {
  if (typeof url !== 'string' || url.trim() === '') return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  if (parsed.username !== '' || parsed.password !== '') return undefined;
  const href = parsed.href.replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/ /g, '%20');
  return href.length <= MAX_URL_LENGTH ? href : undefined;
}
