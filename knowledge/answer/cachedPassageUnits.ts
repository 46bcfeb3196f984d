import type { Passage } from '../index/Passage';
import { COMPOUNDING, toLanguage } from '../language/languages';
import { PassageMemo } from './PassageMemo';
import { passageUnits, type PassageAnalysis, type PassageUnit } from './passageUnits';

/** Passages whose units are kept: a few times the chunks a busy bot retrieves again and again. */
const CAPACITY = 4096;

const memo = new PassageMemo<readonly PassageUnit[]>(CAPACITY);

/**
 * `passageUnits(passage, passageIndex, analysis)`, with the analysis of each passage computed once: units
 * depend only on the passage's title, document id, heading, text and (with `analysis`) its language and the
 * question's (see `PassageMemo`); `passageIndex` is put on afterwards. When the analysis splits compounds
 * (`analysis.known` and a compounding language among the passage's and the question's), the units depend on
 * the vocabulary of the other retrieved passages too, and are computed afresh. Returns units equal (deeply)
 * to `passageUnits`'; their sets are shared between calls and must not be mutated.
 */
export function cachedPassageUnits(
  passage: Passage,
  passageIndex: number,
  analysis?: PassageAnalysis,
): PassageUnit[] {
  const languages = analysis
    ? [toLanguage(passage.language), toLanguage(analysis.questionLanguage)]
    : undefined;
  if (analysis?.known && languages?.some((l) => l !== undefined && COMPOUNDING.has(l)))
    return passageUnits(passage, passageIndex, analysis);
  const variant = languages ? languages.join('+') : '-';
  const units = memo.get(passage, variant, () => passageUnits(passage, 0, analysis));
  return units.map((unit) => (unit.passageIndex === passageIndex ? unit : { ...unit, passageIndex }));
}

/** Forgets every cached analysis (tests). */
export function clearPassageUnitsCache(): void {
  memo.clear();
}
