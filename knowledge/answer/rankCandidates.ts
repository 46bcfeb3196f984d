import type { Passage } from '../types';
import { wordCount } from './splitSentences';
import { splitUnits } from './splitUnits';
import { questionIntent } from './questionIntent';
import { termMatcher } from './termMatcher';
import { queryTerms } from './terms';

/** One sentence of one passage, scored against the question. */
export interface Candidate {
  /** Rank of the source passage in the search result, from 0. */
  readonly passageIndex: number;
  /** Position of the sentence within its passage, from 0. */
  readonly position: number;
  readonly text: string;
  /** Every content term of the sentence (used for redundancy checks). */
  readonly terms: ReadonlySet<string>;
  /** IDF-weighted share of the question's terms covered, in [0, 1]; heading/table-header-only matches count half. */
  readonly coverage: number;
  /** `coverage` plus small bonuses for passage rank and (for quantity questions) numbers; ranks candidates. */
  readonly score: number;
  /** True for a list item (a step, when the question asks for a procedure). */
  readonly step: boolean;
  /** True for list items and table rows: siblings of one list or table may answer together. */
  readonly structured: boolean;
}

const CONTEXT_WEIGHT = 0.5;
const MIN_WORDS = 3;
const RANK_BONUS = 0.05;
const NUMBER_BONUS = 0.08;
/**
 * Generic nouns that frame a question ("what is the clear-space rule…") rather than name its subject; they
 * count at FRAME_WEIGHT of their IDF weight so an intro sentence ("these rules apply…") can't win on them.
 */
const FRAME_TERMS = new Set([
  'rul',
  'guidelin',
  'policy',
  'requirement',
  'standard',
  'specification',
  'spec',
  'information',
  'detail',
  'norvik',
]);
const FRAME_WEIGHT = 0.3;

/** For procedure questions, list items lean on their section heading fully and get this bonus. */
const STEP_BONUS = 0.1;

interface Unit {
  readonly passageIndex: number;
  readonly position: number;
  readonly text: string;
  readonly terms: ReadonlySet<string>;
  /** For list items and table rows: terms of the `:` lead-in sentence they complete (count in full). */
  readonly lead: ReadonlySet<string>;
  /** Terms of the passage heading, the in-text heading above and (for rows) the table header (count half). */
  readonly context: ReadonlySet<string>;
  /** Terms of the unit's own section heading (last heading level only): what a step is a step of. */
  readonly section: ReadonlySet<string>;
  /** List items and table rows may qualify on context alone; prose sentences need a term of their own. */
  readonly structured: boolean;
}

function contextualUnits(passage: Passage, passageIndex: number): Unit[] {
  const base = queryTerms(passage.heading);
  const own = queryTerms(passage.heading.split(' > ').pop() ?? '');
  let section: string[] = [];
  let lead: string[] = [];
  let header: string[] = [];
  const units: Unit[] = [];
  for (const { kind, text } of splitUnits(passage.text)) {
    const terms = queryTerms(text);
    if (kind === 'heading') [section, lead, header] = [terms, [], []];
    if (kind === 'tableHeader') header = terms;
    if (kind === 'heading' || kind === 'tableHeader' || wordCount(text) < MIN_WORDS) continue;
    const structured = kind === 'listItem' || kind === 'tableRow';
    const context = new Set([...base, ...section, ...(kind === 'tableRow' ? header : [])]);
    const inherited = new Set(structured ? [...lead, ...(kind === 'tableRow' ? header : [])] : []);
    units.push({
      passageIndex,
      position: units.length,
      text,
      terms: new Set(terms),
      lead: inherited,
      context,
      section: new Set(section.length > 0 ? section : own),
      structured,
    });
    if (kind === 'sentence') lead = text.endsWith(':') ? terms : [];
  }
  return units;
}

/**
 * Splits every passage into statement candidates (sentences, list items and table rows; headings and table
 * headers only lend their terms as context) and scores them against `questionTerms` (from `queryTerms`).
 * Term weights are a smoothed IDF over all candidates (`1 + ln((N + 1) / (df + 1))`), so rare terms and terms
 * found nowhere weigh most. A list item or table row also owns the terms of the `:` lead-in sentence it
 * completes; a term found only in headings or a table header counts half, except that for a procedure
 * question (see `questionIntent`) a list item takes its own section heading's terms in full, as a step. Returns only candidates
 * that may be stated (a prose sentence must contain a question term; a list item or table row may match
 * through its context), best-first by score, then passage rank, then position. Empty terms give `[]`.
 */
export function rankCandidates(
  question: string,
  questionTerms: readonly string[],
  passages: readonly Passage[],
): Candidate[] {
  const units = passages.flatMap(contextualUnits);
  const matchers = new Map(questionTerms.map((term) => [term, termMatcher(term)]));
  const weight = new Map<string, number>();
  for (const term of questionTerms) {
    const df = units.filter((u) => matchers.get(term)?.(u.terms)).length;
    weight.set(
      term,
      (FRAME_TERMS.has(term) ? FRAME_WEIGHT : 1) * (1 + Math.log((units.length + 1) / (df + 1))),
    );
  }
  const total = [...weight.values()].reduce((sum, w) => sum + w, 0);
  const intent = questionIntent(question);
  const ranked: Candidate[] = [];
  for (const { lead, context, section, structured, ...unit } of units) {
    let covered = 0;
    let matches = 0;
    const step = intent.procedure && structured && !unit.text.includes(' | ');
    for (const [term, w] of weight) {
      const has = matchers.get(term) ?? ((terms: ReadonlySet<string>) => terms.has(term));
      if (has(unit.terms)) matches += 1;
      if (has(unit.terms) || has(lead)) covered += w;
      else if (step && has(section)) covered += w;
      else if (has(context)) covered += CONTEXT_WEIGHT * w;
    }
    if (covered === 0 || (!structured && matches === 0)) continue;
    const coverage = covered / total;
    const bonus =
      RANK_BONUS / (1 + unit.passageIndex) +
      (intent.quantity && /\d/u.test(unit.text) ? NUMBER_BONUS : 0) +
      (step ? STEP_BONUS : 0);
    ranked.push({ ...unit, coverage, score: coverage + bonus, step, structured });
  }
  return ranked.sort(
    (a, b) => b.score - a.score || a.passageIndex - b.passageIndex || a.position - b.position,
  );
}
