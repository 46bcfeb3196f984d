import type { Passage } from '../index/Passage';
import { BoundedMemo } from '../memo/BoundedMemo';
import { cachedPassageUnits } from './cachedPassageUnits';
import type { PassageAnalysis, PassageUnit, UnitPlace } from './passageUnits';
import { questionIntent } from './questionIntent';
import { queryTerms } from './terms';
import { HELD, IN_LEAD, IN_SECTION, IN_TERMS, weighTerms, type WeighedTerms } from './weighTerms';

/** One unit of one passage, scored against the question. */
export interface Candidate extends UnitPlace {
  /** Weighted share of the question's found terms the unit covers, in [0, 1]; context-only matches count half. */
  readonly coverage: number;
  /**
   * `coverage` plus bonuses: passage rank; for a quantity question a number the question doesn't already hold;
   * for a "which/what <thing>" or "how do I" question an identifier-like name (code span, snake_case, camelCase, flag); steps
   * for procedures. The bonuses reward what the question asks for that it doesn't already say.
   */
  readonly score: number;
  /** True for a list item when the question asks for a procedure. */
  readonly step: boolean;
  /** True when the unit holds a number (a quantity, a value, a version). */
  readonly numeric: boolean;
  /** Question terms the unit holds in full (its own text, its lead-in, or as a step its section). */
  readonly matched: ReadonlySet<string>;
  /** Question terms the unit holds in any way, its context (title, location, headings) included. */
  readonly held: ReadonlySet<string>;
  /** `score - coverage`: what the unit offers beyond term coverage (new numbers, names, rank). */
  readonly bonus: number;
  /** True when the unit holds the kind of thing the question asks for: a new number, or a name. */
  readonly offers: boolean;
}

/** Everything the answer layer derives from one question and its retrieved passages. */
export interface RankedEvidence {
  readonly units: readonly PassageUnit[];
  readonly terms: WeighedTerms;
  /** Statement candidates that may be stated, best-first by score, then passage rank, then position. */
  readonly candidates: readonly Candidate[];
}

const CONTEXT_WEIGHT = 0.5;
const RANK_BONUS = 0.1;
const NUMBER_BONUS = 0.2;
const STEP_BONUS = 0.1;
/** Digits, or a small number written as a word (English, French, German, Italian, Spanish). */
const NUMBER =
  /\p{N}|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|hundred|deux|trois|quatre|cinq|dix|zwei|drei|vier|fünf|zehn|due|tre|quattro|cinque|dieci|dos|tres|cuatro|cinco|diez)\b/iu;
const NUMBERS = new RegExp(NUMBER.source, 'giu');
const NAME_BONUS = 0.08;
/** "Which setting / what option / which repository…": the answer names something. */
const ASKS_FOR_NAME = /\b(?:which|what)\s+(?:\p{L}+\s+){0,2}?(?:\p{L}+)\b/iu;
/** Identifier-like tokens: code spans, snake_case, dotted or CamelCase names, flags. */
const IDENTIFIER = /`[^`]+`|\b\p{L}+_[\p{L}\p{N}_]+\b|\b\p{Ll}+\p{Lu}\p{L}*\b|(?:^|\s)--?\p{L}[\p{L}-]+/u;

/** Most lines of a code block quoted in a statement. */
const CODE_LINES = 3;

/**
 * The lines of a code block worth quoting: those holding the most weight of the question's terms (at most
 * three, in their order), else the first lines. A long configuration file is never quoted whole.
 */
function codeExcerpt(text: string, terms: WeighedTerms): string {
  const lines = text.split('\n');
  const weightOf = (line: string): number => {
    const own = new Set(queryTerms(line));
    let sum = 0;
    for (const [term, w] of terms.weight) if (terms.matchers.get(term)?.(own)) sum += w;
    return sum;
  };
  const scored = lines.map((line, i) => ({ line, i, w: weightOf(line) }));
  const best = Math.max(...scored.map((s) => s.w));
  const chosen =
    best > 0 ? scored.filter((s) => s.w >= best * 0.75).slice(0, CODE_LINES) : scored.slice(0, CODE_LINES);
  return chosen
    .sort((a, b) => a.i - b.i)
    .map((s) => s.line)
    .join('; ');
}

/** Numbers written in `text` (digits only, separators dropped). */
export function numbersOf(text: string): Set<string> {
  const digits = [...text.matchAll(/\p{N}+(?:[.,]\p{N}+)*/gu)].map((m) => m[0].replace(/,/gu, ''));
  const words = [...text.matchAll(NUMBERS)].map((m) => m[0].toLowerCase());
  return new Set([...digits, ...words.filter((w) => !/\p{N}/u.test(w))]);
}

/** What the scoring reads of a unit's text alone: whether it holds a number, which, and an identifier. */
interface UnitFeatures {
  readonly numeric: boolean;
  readonly numbers: ReadonlySet<string>;
  readonly named: boolean;
}

const features = new BoundedMemo<string, UnitFeatures>(16_384);

/** `NUMBER.test`, `numbersOf` and `IDENTIFIER.test` of `text`, computed once per text (shared: never mutate). */
export function unitFeatures(text: string): UnitFeatures {
  return features.get(text, () => {
    const numeric = NUMBER.test(text);
    return { numeric, numbers: numeric ? numbersOf(text) : new Set<string>(), named: IDENTIFIER.test(text) };
  });
}

/** Whether a unit holds a term in full (`hits` bits `at`): own text, lead-in, or as a `step` its section heading. */
function inFull(at: number, step: boolean): boolean {
  return (at & (IN_TERMS | IN_LEAD)) !== 0 || (step && (at & IN_SECTION) !== 0);
}

/**
 * Splits every passage into statement candidates (see `passageUnits`) and scores each against the question's
 * terms found in the passages (`weighTerms`): a term in the unit itself or in the lead-in sentence it
 * completes counts in full, one found only in its context (title, location, headings, table header) counts
 * half, except that for a procedure question a list item takes its own section heading's terms in full, as a
 * step; a sentence also counts half the terms of the sentence before it in its paragraph. A prose sentence
 * needs a term of its own to be a candidate, unless it goes on from a matching sentence with a new number or
 * name. Empty terms give no candidates. `analysis`: passages are read in their language and the question's.
 */
export function rankCandidates(
  question: string,
  questionTerms: readonly string[],
  passages: readonly Passage[],
  optional: ReadonlySet<string> = new Set(),
  analysis?: PassageAnalysis,
): RankedEvidence {
  const units = passages.flatMap((passage, i) => cachedPassageUnits(passage, i, analysis));
  const terms = weighTerms(questionTerms, units, optional);
  const total = [...terms.weight.values()].reduce((sum, w) => sum + w, 0);
  const intent = questionIntent(question);
  const askedNumbers = numbersOf(question);
  const asksName = !intent.quantity && ASKS_FOR_NAME.test(question);
  const candidates: Candidate[] = [];
  // The weighed terms with where each unit holds them, read once per unit below (in the order of `weight`).
  const weighed: { term: string; w: number; bits: Uint8Array }[] = [];
  for (const [term, w] of terms.weight) {
    const bits = terms.hits.get(term);
    if (bits) weighed.push({ term, w, bits });
  }
  for (const [i, unit] of units.entries()) {
    const before = units[i - 1];
    const previous = before?.passageIndex === unit.passageIndex && !before.structured ? before : undefined;
    let covered = 0;
    let own = 0;
    let inherited = 0;
    const step = intent.procedure && unit.structured && !unit.row;
    for (const { w, bits } of weighed) {
      const at = bits[i] ?? 0;
      if (at & IN_TERMS) own += 1;
      if (inFull(at, step)) covered += w;
      else if (at & HELD) covered += CONTEXT_WEIGHT * w;
      else if (previous && (bits[i - 1] ?? 0) & IN_TERMS) {
        covered += CONTEXT_WEIGHT * w;
        inherited += 1;
      }
    }
    // Units that can't be candidates whatever their numbers and names (see below), skipped before reading those.
    if (covered === 0 || total === 0 || (!unit.structured && own === 0 && inherited === 0)) continue;
    const { numeric, numbers, named } = unitFeatures(unit.text);
    const newNumber = numeric && [...numbers].some((n) => !askedNumbers.has(n));
    // A sentence that goes on from a matching one ("To do this, set `x`.") may state the new value it gives.
    const continues = inherited > 0 && (newNumber || named);
    if (!unit.structured && own === 0 && !continues) continue;
    const coverage = covered / total;
    const matched = new Set<string>();
    const held = new Set<string>();
    for (const { term, bits } of weighed) {
      const at = bits[i] ?? 0;
      const full = inFull(at, step);
      if (full) matched.add(term);
      if (full || at & HELD) held.add(term);
    }
    const bonus =
      RANK_BONUS / (1 + unit.passageIndex) +
      (intent.quantity && newNumber ? NUMBER_BONUS : 0) +
      (asksName && named ? NAME_BONUS : 0) +
      (step ? STEP_BONUS : 0);
    const score = coverage + bonus;
    const candidate: Candidate = {
      passageIndex: unit.passageIndex,
      position: unit.position,
      text: unit.code ? codeExcerpt(unit.text, terms) : unit.text,
      terms: unit.terms,
      coverage,
      score,
      step,
      structured: unit.structured,
      numeric,
      matched,
      held,
      bonus,
      offers: (intent.quantity && newNumber) || ((asksName || intent.procedure) && named),
      code: unit.code,
    };
    // A table row's header, when it has one (an object spread here would copy every candidate the slow way).
    candidates.push(unit.header ? { ...candidate, header: unit.header } : candidate);
  }
  candidates.sort((a, b) => b.score - a.score || a.passageIndex - b.passageIndex || a.position - b.position);
  return { units, terms, candidates };
}
