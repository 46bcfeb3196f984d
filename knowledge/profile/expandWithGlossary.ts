import type { GlossaryEntry } from './OrganisationProfile';
import { containsPhrase } from './phrasePattern';

/** Most expansion strings returned for one question (a long glossary must not flood the search query). */
export const MAX_EXPANSIONS = 12;

/**
 * Extra search strings for `question` from the organisation glossary: for every entry whose term or one of its
 * synonyms occurs in the question (case-insensitive, whole words, multi-word phrases), the entry's other forms
 * that the question does not already contain. In glossary order, de-duplicated (case-insensitive), at most
 * {@link MAX_EXPANSIONS}. Empty when nothing in the glossary is named. Pure: the question is never changed.
 * `insulating gloves` -> `['HV gloves']` with the entry `{ term: 'insulating gloves', synonyms: ['HV gloves'] }`.
 */
export function expandWithGlossary(question: string, glossary: readonly GlossaryEntry[]): string[] {
  const found: string[] = [];
  const seen = new Set<string>();
  for (const entry of glossary) {
    const forms = [entry.term, ...entry.synonyms];
    if (!forms.some((form) => containsPhrase(question, form))) continue;
    for (const form of forms) {
      const key = form.trim().toLowerCase();
      if (key === '' || seen.has(key) || containsPhrase(question, form)) continue;
      seen.add(key);
      found.push(form.trim());
      if (found.length === MAX_EXPANSIONS) return found;
    }
  }
  return found;
}

/**
 * The glossary forms (terms or synonyms, in any language) that occur in `question` (case-insensitive, whole
 * words), in glossary order: the phrases `expandWithGlossary`'s strings translate or rephrase.
 */
export function glossaryFormsIn(question: string, glossary: readonly GlossaryEntry[]): string[] {
  return glossary.flatMap((entry) =>
    [entry.term, ...entry.synonyms].filter((form) => containsPhrase(question, form)),
  );
}
