import type { Passage } from '../index/Passage';
import { mentions, nameOwners, questionEntities } from './questionEntities';
import { joinedForms } from './passageForms';
import type { RankedEvidence } from './rankCandidates';
import { HELD } from './weighTerms';

/** The question's terms that cross languages (see `assessEvidence`). */
export interface MultilingualTerms {
  /** Expansions (glossary translations): a document in another language holding one is judged across languages. */
  readonly bridges: ReadonlySet<string>;
  /** Terms that count as one concept: the heaviest a document holds. */
  readonly optional: ReadonlySet<string>;
  /** The question's own terms that the bridges translate: a bridged document need not hold them. */
  readonly translated: ReadonlySet<string>;
}

/** How well the retrieved passages cover a question, document by document. */
export interface Evidence {
  /** Names in the question (see `questionEntities`) that no passage mentions. */
  readonly unmentioned: readonly string[];
  /**
   * Documents best-first: weighted share of the whole question each covers, absent terms included, and whether
   * the document's passages mention at least one of the question's names (true when the question names none).
   */
  readonly documents: readonly { docId: string; coverage: number; firstPassage: number; named: boolean }[];
}

/**
 * Judges the evidence for an answer: which names of the question the passages never mention (a question about
 * something the documents don't name can't be answered from them), and how much of the question each
 * document covers: the weight of the question's terms found in the document's retrieved passages (text,
 * headings, title or location) over the weight of all its terms, absent ones included at their reduced weight.
 * Ties keep retrieval order. A document `named` mentions one of the question's names at least: an answer about
 * a named thing comes from a document that names it. `ignoreNames` (lower case) are never required (e.g. the
 * organisation's own name). `language` is the question's (see `questionEntities`).
 * `multilingual` (the question or a passage is not in English): `optional` terms (expansions, and the question's
 * words they translate) count as one: the heaviest a document holds, so translations in many languages don't
 * outweigh the question; and a document in another language than the question's that holds one of `bridges`
 * (the glossary's translations of what the question names) is judged over the question's terms found in the
 * passages, minus the `translated` ones: words of the question's language can't occur in it.
 */
export function assessEvidence(
  question: string,
  passages: readonly Passage[],
  ranked: RankedEvidence,
  ignoreNames: ReadonlySet<string> = new Set(),
  language?: string,
  multilingual?: MultilingualTerms,
): Evidence {
  const names = questionEntities(question, language).filter((name) => !ignoreNames.has(name.toLowerCase()));
  // The passages' joined forms, read only when the question names something.
  const all = names.length > 0 ? joinedForms(passages) : undefined;
  const isMentioned = (name: string): boolean => (all ? mentions(name, all.compactText, all.words) : false);
  const owners = nameOwners(question, language);
  // An owner named only to qualify a name the passages mention ("GitHub's Primer") need not appear itself.
  const unmentioned = names.filter(
    (name) => !isMentioned(name) && !(owners.get(name) ?? []).some(isMentioned),
  );
  const ofDoc = new Map<string, Passage[]>();
  for (const p of passages) ofDoc.set(p.docId, [...(ofDoc.get(p.docId) ?? []), p]);
  const named = (docId: string): boolean => {
    if (names.length === 0) return true;
    const forms = joinedForms(ofDoc.get(docId) ?? []);
    return names.some((name) => mentions(name, forms.compactText, forms.words));
  };
  const { weight, hits, absent, absentWeight } = ranked.terms;
  const total = [...weight.values()].reduce((sum, w) => sum + w, 0) + absent.length * absentWeight;
  const byDoc = new Map<string, { covered: Set<string>; firstPassage: number }>();
  for (const [i, unit] of ranked.units.entries()) {
    const docId = passages[unit.passageIndex]?.docId ?? '';
    const entry = byDoc.get(docId) ?? { covered: new Set<string>(), firstPassage: unit.passageIndex };
    for (const [term, bits] of hits) if (weight.has(term) && (bits[i] ?? 0) & HELD) entry.covered.add(term);
    byDoc.set(docId, entry);
  }
  const coverageOf = multilingual
    ? multilingualCoverage(ranked, passages, language, multilingual)
    : (covered: ReadonlySet<string>): number =>
        total === 0 ? 0 : [...covered].reduce((sum, t) => sum + (weight.get(t) ?? 0), 0) / total;
  const documents = [...byDoc.entries()]
    .map(([docId, { covered, firstPassage }]) => ({
      docId,
      firstPassage,
      named: named(docId),
      coverage: coverageOf(covered, docId),
    }))
    .sort((a, b) => b.coverage - a.coverage || a.firstPassage - b.firstPassage);
  return { unmentioned, documents };
}

/** Coverage of a document's terms when the question or passages are not English (see `assessEvidence`). */
function multilingualCoverage(
  ranked: RankedEvidence,
  passages: readonly Passage[],
  language: string | undefined,
  { bridges, optional, translated }: MultilingualTerms,
): (covered: ReadonlySet<string>, docId: string) => number {
  const { weight, absent, absentWeight } = ranked.terms;
  const base = (l: string | undefined): string | undefined => l?.split('-')[0]?.toLowerCase();
  const languageOf = new Map(passages.map((p) => [p.docId, base(p.language)]));
  const required = [...weight.entries()].filter(([term]) => !optional.has(term));
  const found = required.reduce((sum, [, w]) => sum + w, 0);
  const foundUntranslated = required.filter(([t]) => !translated.has(t)).reduce((sum, [, w]) => sum + w, 0);
  const heaviestOptional = Math.max(
    0,
    ...[...weight.entries()].filter(([t]) => optional.has(t)).map(([, w]) => w),
  );
  const total = found + heaviestOptional + absent.length * absentWeight;
  return (covered, docId) => {
    const bridged =
      language !== undefined &&
      languageOf.get(docId) !== base(language) &&
      [...covered].some((term) => bridges.has(term));
    const own = [...covered]
      .filter((t) => !optional.has(t) && !(bridged && translated.has(t)))
      .reduce((sum, t) => sum + (weight.get(t) ?? 0), 0);
    const extra = Math.max(0, ...[...covered].filter((t) => optional.has(t)).map((t) => weight.get(t) ?? 0));
    const of = bridged ? foundUntranslated + heaviestOptional : total;
    return of === 0 ? 0 : Math.min(1, (own + extra) / of);
  };
}
