const LINK_SYNTAX = [
  /!?\[[^\]\n]*\]\s*\(/g, // markdown link or image
  /<\s*(?:a|img|iframe|object|embed|image|svg)\b/gi, // HTML that links or loads
  /<[a-z][a-z0-9+.-]*:[^>\s]*>/gi, // autolink
  /\b(?:https?|ftp|file|mailto|tel|javascript|data|vbscript):(?=\S)/gi, // scheme
  /\bwww\.(?=\S)/gi,
];

/**
 * How many links, images or URLs `text` would show if rendered as markdown or HTML (markdown links and
 * images, `<a>`/`<img>`-like tags, autolinks, URLs with a link scheme, `www.` hosts). Used to report what
 * `safeText` made inert; an overlap (an autolink holding a URL) may count twice.
 */
export function linkSyntaxCount(text: string): number {
  let count = 0;
  for (const pattern of LINK_SYNTAX) count += text.match(pattern)?.length ?? 0;
  return count;
}
