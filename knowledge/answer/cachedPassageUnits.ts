import type { Passage } from '../index/Passage';
import { COMPOUNDING, toLanguage } from '../language/languages';
import { PassageMemo } from './PassageMemo';
import { passageUnits, type PassageAnalysis, type PassageUnit } from './passageUnits';

/** Passages whose units are kept: a few times the chunks a busy bot retrieves again and again. */
const CAPACITY = 4096;
/** Analyses kept per compound-splitting passage, each for other answers of the vocabulary (most recent first). */
const VOCABULARY_VARIANTS = 4;

/** Units at index 0, and the same units at other ranks (`atRank`: this module's own, filled as ranks are seen). */
interface RankedUnits {
  readonly units: readonly PassageUnit[];
  readonly atRank: (readonly PassageUnit[] | undefined)[];
}

const memo = new PassageMemo<RankedUnits>(CAPACITY);

/** Units computed with compound splitting, and every vocabulary question (`known(term)`) it asked, answered. */
interface SplitUnits {
  readonly units: readonly PassageUnit[];
  readonly asked: ReadonlyMap<string, boolean>;
}

/** Per passage: its most recent split analyses (this module's own list, replaced in place). */
const splitMemo = new PassageMemo<SplitUnits[]>(CAPACITY);

/**
 * `passageUnits(passage, passageIndex, analysis)`, with the analysis of each passage computed once: units
 * depend only on the passage's title, document id, heading, text and (with `analysis`) its language and the
 * question's (see `PassageMemo`); `passageIndex` is put on afterwards. When the analysis splits compounds
 * (`analysis.known` and a compounding language among the passage's and the question's), the units also depend
 * on the vocabulary (`known`, e.g. the other retrieved passages'), but only through the answers `known` gave:
 * `passageUnits` is deterministic, so an earlier analysis is reused when `known` gives the same answer to every
 * term that analysis asked about (up to 4 such analyses are kept per passage), else it is computed afresh.
 * Returns units equal (deeply) to `passageUnits`'; the array, its units and their sets are shared between calls
 * and must not be mutated.
 */
export function cachedPassageUnits(
  passage: Passage,
  passageIndex: number,
  analysis?: PassageAnalysis,
): readonly PassageUnit[] {
  const languages = analysis
    ? [toLanguage(passage.language), toLanguage(analysis.questionLanguage)]
    : undefined;
  const variant = languages ? languages.join('+') : '-';
  const known = analysis?.known;
  if (analysis && known && languages?.some((l) => l !== undefined && COMPOUNDING.has(l)))
    return atIndex(splitUnits(passage, variant, analysis, known), passageIndex);
  const entry = memo.get(passage, variant, () => ({ units: passageUnits(passage, 0, analysis), atRank: [] }));
  if (passageIndex === 0) return entry.units;
  // The units at this rank, kept too (with the entry): a passage is often retrieved at the same rank again.
  let ranked = entry.atRank[passageIndex];
  if (!ranked) {
    ranked = atIndex(entry.units, passageIndex);
    entry.atRank[passageIndex] = ranked;
  }
  return ranked;
}

/** `units` (computed at index 0) with `passageIndex` put on. */
function atIndex(units: readonly PassageUnit[], passageIndex: number): PassageUnit[] {
  return units.map((unit) => (unit.passageIndex === passageIndex ? unit : { ...unit, passageIndex }));
}

/** The units of a compound-splitting analysis: a kept one whose vocabulary answers still hold, else new. */
function splitUnits(
  passage: Passage,
  variant: string,
  analysis: PassageAnalysis,
  known: (term: string) => boolean,
): readonly PassageUnit[] {
  const kept = splitMemo.get(passage, variant, () => []);
  const reused = kept.find((entry) => sameAnswers(entry.asked, known));
  if (reused) return reused.units;
  const asked = new Map<string, boolean>();
  const recording = (term: string): boolean => {
    const answer = asked.get(term) ?? known(term);
    asked.set(term, answer);
    return answer;
  };
  const units = passageUnits(passage, 0, { ...analysis, known: recording });
  kept.unshift({ units, asked });
  kept.splice(VOCABULARY_VARIANTS);
  return units;
}

function sameAnswers(asked: ReadonlyMap<string, boolean>, known: (term: string) => boolean): boolean {
  for (const [term, answer] of asked) if (known(term) !== answer) return false;
  return true;
}

/** Forgets every cached analysis (tests). */
export function clearPassageUnitsCache(): void {
  memo.clear();
  splitMemo.clear();
}
