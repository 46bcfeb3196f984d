import { queryTerms } from './terms';

/** Tests whether a set of terms (from `queryTerms`) contains one question term. */
export type TermMatcher = (terms: ReadonlySet<string>) => boolean;

/**
 * Matcher for one question term. A compound term (`clear-space`, `drive_unit`) also matches text that has
 * all of its parts as separate words (`clear space`); a compound with a one-letter part (`ev-a`, `r13-h`)
 * matches only whole, so `EV-A` never matches text about `EV-B`.
 */
export function termMatcher(term: string): TermMatcher {
  const raw = term.split(/[-_.]/u);
  const parts =
    raw.length > 1 && raw.every((part) => part.length > 1 || /\p{N}/u.test(part))
      ? queryTerms(raw.join(' '))
      : [];
  if (parts.length !== raw.length) return (terms) => terms.has(term);
  return (terms) => terms.has(term) || parts.every((part) => terms.has(part));
}
