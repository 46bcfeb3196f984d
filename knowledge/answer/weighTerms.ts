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
  /**
   * For each question term, where each unit (same order as the `units` weighed) holds it: `IN_TERMS`,
   * `IN_LEAD`, `IN_CONTEXT`, `IN_SECTION` bits, so the ranking reads each unit's match once.
   */
  readonly hits: ReadonlyMap<string, Uint8Array>;
  /** Terms found in no unit, heading, title or location of any passage. */
  readonly absent: readonly string[];
  /** Weight an absent term counts with when judging how much of the question the passages cover. */
  readonly absentWeight: number;
}

/** Bits of `WeighedTerms.hits`: the term is in the unit's own terms, lead-in, context or section heading. */
export const IN_TERMS = 1;
export const IN_LEAD = 2;
export const IN_CONTEXT = 4;
export const IN_SECTION = 8;
/** A unit holds the term in its own text, lead-in, or context. */
export const HELD = IN_TERMS | IN_LEAD | IN_CONTEXT;

/**
 * The `hits` bits of `matcher` for each unit. Consecutive units often share one lead-in, context or section set
 * (see `passageUnits`): a set that is the same instance as the previous unit's is not matched again.
 */
function unitHits(matcher: TermMatcher, units: readonly PassageUnit[]): Uint8Array {
  const bits = new Uint8Array(units.length);
  let lead: ReadonlySet<string> | undefined;
  let context: ReadonlySet<string> | undefined;
  let section: ReadonlySet<string> | undefined;
  let shared = 0;
  for (let i = 0; i < units.length; i += 1) {
    const unit = units[i] as PassageUnit;
    if (unit.lead !== lead || unit.context !== context || unit.section !== section) {
      ({ lead, context, section } = unit);
      shared =
        (lead.size > 0 && matcher(lead) ? IN_LEAD : 0) |
        (matcher(context) ? IN_CONTEXT : 0) |
        (matcher(section) ? IN_SECTION : 0);
    }
    bits[i] = (matcher(unit.terms) ? IN_TERMS : 0) | shared;
  }
  return bits;
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
  const hits = new Map<string, Uint8Array>();
  const weight = new Map<string, number>();
  const absent: string[] = [];
  const rarest = 1 + Math.log(units.length + 1);
  for (const [term, matcher] of matchers) {
    const bits = unitHits(matcher, units);
    hits.set(term, bits);
    let df = 0;
    let held = false;
    for (const b of bits) {
      if (b & IN_TERMS) df += 1;
      if (b & HELD) held = true;
    }
    if (df === 0 && !held) {
      if (!optional.has(term)) absent.push(term);
      continue;
    }
    const idf = 1 + Math.log((units.length + 1) / (df + 1));
    weight.set(term, (FRAME_TERMS.has(term) ? FRAME_WEIGHT : 1) * idf);
  }
  return { weight, matchers, hits, absent, absentWeight: rarest };
}
