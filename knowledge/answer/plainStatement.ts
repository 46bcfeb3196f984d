/** `[label](target)` or `![alt](target)` (one level of nested brackets or parentheses in the target). */
const LINK = /!?\[([^\]]*)\]\((?:[^()\s]|\([^()]*\))*(?:\s+"[^"]*")?\)/gu;
/** A unit that is nothing but one link (a navigation or "see also" item), with optional end punctuation. */
const LINK_ONLY = /^!?\[[^\]]*\]\((?:[^()\s]|\([^()]*\))*(?:\s+"[^"]*")?\)[\s.,;:]*$/u;

/**
 * The text of a passage unit as a reader should see it in an answer: markdown links and images reduced to
 * their label (the target never becomes part of the statement, so a hostile target can't surface), all other
 * characters kept as they are. Deterministic; never throws.
 */
export function plainStatement(text: string): string {
  return text
    .replace(LINK, (_match, label: string) => label)
    .replace(/\s+/gu, ' ')
    .trim();
}

/** True when a unit is only a link: it points elsewhere and states nothing. */
export function isLinkOnly(text: string): boolean {
  return LINK_ONLY.test(text.trim());
}
