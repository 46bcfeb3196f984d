import type { PassageUnit } from './passageUnits';
import { termMatcher, type TermMatcher } from './termMatcher';
import { queryTerms } from './terms';

/**
 * Generic nouns that frame a question ("what does the policy say about…", "our notes tell…") rather than name
 * its subject; they count at FRAME_WEIGHT of their weight. English framing words only: no domain vocabulary.
 */
const FRAME_TERMS: ReadonlySet<string> = new Set(
  queryTerms(
    'rule rules guideline guide guidance policy requirement standard specification spec information detail ' +
      'document documentation docs page notes official recommended supposed people someone something say ' +
      'get go goes put set want need',
  ),
);
const FRAME_WEIGHT = 0.3;

/** The question's terms as the answer layer sees them against one set of retrieved passages. */
export interface WeighedTerms {
  /** IDF-style weight of each term found in the passages (`1 + ln((N + 1) / (df + 1))` over units). */
  readonly weight: ReadonlyMap<string, number>;
  readonly matchers: ReadonlyMap<string, TermMatcher>;
  /** Terms found in no unit, heading, title or location of any passage. */
  readonly absent: readonly string[];
  /** Weight an absent term counts with when judging how much of the question the passages cover. */
  readonly absentWeight: number;
}

/** Whether a unit holds a term in its own text, lead-in, or context. */
export function holds(matcher: TermMatcher, unit: PassageUnit): boolean {
  return matcher(unit.terms) || matcher(unit.lead) || matcher(unit.context);
}

/**
 * Weighs the question's terms over the retrieved units. A term in fewer units weighs more; framing words
 * weigh less; a term absent from all passages gets no weight for ranking (it can't tell two sentences apart)
 * but counts as much as the rarest possible term when coverage is judged: it may be a paraphrase,
 * or the very thing the documents don't cover. An `optional` term (a search expansion, not the asker's word)
 * weighs like the others when found and is never absent.
 */
export function weighTerms(
  questionTerms: readonly string[],
  units: readonly PassageUnit[],
  optional: ReadonlySet<string> = new Set(),
): WeighedTerms {
  const matchers = new Map(questionTerms.map((term) => [term, termMatcher(term)]));
  const weight = new Map<string, number>();
  const absent: string[] = [];
  const rarest = 1 + Math.log(units.length + 1);
  for (const [term, matcher] of matchers) {
    const df = units.filter((unit) => matcher(unit.terms)).length;
    if (df === 0 && !units.some((unit) => holds(matcher, unit))) {
      if (!optional.has(term)) absent.push(term);
      continue;
    }
    const idf = 1 + Math.log((units.length + 1) / (df + 1));
    weight.set(term, (FRAME_TERMS.has(term) ? FRAME_WEIGHT : 1) * idf);
  }
  return { weight, matchers, absent, absentWeight: rarest };
}
