import type { OrganisationProfile } from '../../knowledge/profile/OrganisationProfile';
import { containsPhrase } from '../../knowledge/profile/phrasePattern';

/**
 * Names (lower case) a question may use that the documents need not mention, for the answer layer's evidence
 * check: the organisation's own name and short name (documents rarely repeat it), and every form of each
 * glossary entry the question names (the documents may use only another form: "HV gloves" vs "insulating
 * gloves"). Each is given whole and word by word (`hv gloves`, `hv`, `gloves`).
 */
export function namesToIgnore(profile: OrganisationProfile, question: string): Set<string> {
  const forms = [profile.name, profile.shortName].filter((name): name is string => Boolean(name));
  for (const entry of profile.glossary) {
    const all = [entry.term, ...entry.synonyms];
    if (all.some((form) => containsPhrase(question, form))) forms.push(...all);
  }
  const names = new Set<string>();
  for (const form of forms) {
    const lower = form.toLowerCase().trim();
    names.add(lower);
    for (const word of lower.split(/[^\p{L}\p{M}\p{N}]+/u)) if (word) names.add(word);
  }
  return names;
}
