import type { Passage } from '../index/Passage';
import { wordCount } from './splitSentences';
import { splitUnits } from './splitUnits';
import { isLinkOnly, plainStatement } from './plainStatement';
import { queryTerms, type TermOptions } from './terms';
import { locationWords } from '../index/locationWords';

/** Where a unit stands (which passage, which position in it), what it says and every content term it holds. */
export interface UnitPlace {
  /** Rank of the unit's passage in the search result, from 0. */
  readonly passageIndex: number;
  /** Position of the unit within its passage, from 0. */
  readonly position: number;
  readonly text: string;
  /** For a table row: the header row of its table (cells joined by ` | `), so the row can be read. */
  readonly header?: string;
  /** Every content term of the unit (also used for redundancy checks). */
  readonly terms: ReadonlySet<string>;
  /**
   * True for list items and table rows: they may qualify on context alone (prose sentences need a term of
   * their own), and siblings of one list or table may answer together.
   */
  readonly structured: boolean;
  /**
   * True for a fenced code block: a unit's `text` holds its lines joined by `\n`, a candidate's an excerpt of
   * them joined by `; `.
   */
  readonly code: boolean;
}

/** One statement candidate of a passage with the terms it owns and the terms it inherits from around it. */
export interface PassageUnit extends UnitPlace {
  /** For list items and table rows: terms of the `:` lead-in sentence they complete (count in full). */
  readonly lead: ReadonlySet<string>;
  /** Terms of the document title and path, the passage heading, the in-text heading above and (rows) the header. */
  readonly context: ReadonlySet<string>;
  /** Terms of the unit's own section heading (last heading level only): what a step is a step of. */
  readonly section: ReadonlySet<string>;
  /** True for a table row. */
  readonly row: boolean;
}

/** How passages are read against a question in another language (see `TermOptions`). */
export interface PassageAnalysis {
  /** The question's language: a passage's words also give their stems in it. */
  readonly questionLanguage: string;
  /** The vocabulary compounds are split against. */
  readonly known?: (term: string) => boolean;
}

/** Units shorter than this many words are not statements (they still lend context). */
const MIN_WORDS = 3;

/** No terms: the lead-in of a unit that has none (one shared array and set, never mutated). */
const NONE: readonly string[] = [];
const EMPTY: ReadonlySet<string> = new Set();

/**
 * `new Set([...first, ...(second ?? [])])`, except that while both arguments are the same arrays as on the
 * previous call the previous set is returned: consecutive units of a passage mostly share their lead-in, context
 * and section, so they share one set instance (which the ranking then reads once for them all).
 */
function reusedSet(): (first: readonly string[], second?: readonly string[]) => ReadonlySet<string> {
  let last: { first: readonly string[]; second?: readonly string[]; set: ReadonlySet<string> } | undefined;
  return (first, second) => {
    if (last?.first !== first || last.second !== second)
      last = { first, second, set: new Set(second ? [...first, ...second] : first) };
    return last.set;
  };
}

/**
 * Terms of a document's location: the folder names and file name of its id (`hr/leave-policy.md` -> `hr`,
 * `leave`, `policy`). Folders name what their documents are about (a site, a library, a team), so they are
 * context for every passage of the document. Ids without separators (opaque source ids) give nothing useful
 * and match nothing.
 */
export function locationTerms(docId: string, options?: TermOptions): string[] {
  return queryTerms(locationWords(docId), options);
}

/**
 * Splits a passage into statement candidates (sentences, list items, table rows, code blocks) with their
 * context: headings and table header rows produce no unit of their own, they lend their terms. Markdown links
 * are reduced to their labels (`plainStatement`) and units that are only a link are dropped. With `analysis`
 * (a question or passage not in English), terms are the words' stems in the passage's language and the
 * question's, compounds with their parts. Deterministic; never throws.
 */
export function passageUnits(
  passage: Passage,
  passageIndex: number,
  analysis?: PassageAnalysis,
): PassageUnit[] {
  const options: TermOptions | undefined = analysis
    ? {
        languages: [passage.language, analysis.questionLanguage],
        ...(analysis.known ? { known: analysis.known } : {}),
      }
    : undefined;
  const termsOf = (text: string): string[] => queryTerms(text, options);
  const base = [
    ...termsOf(passage.title),
    ...locationTerms(passage.docId, options),
    ...termsOf(passage.heading),
  ];
  const own = termsOf(passage.heading.split(' > ').pop() ?? '');
  let section: readonly string[] = NONE;
  let lead: readonly string[] = NONE;
  const [leadSet, contextSet, sectionSet] = [reusedSet(), reusedSet(), reusedSet()];
  // The passage's context terms and its in-text section heading's, rebuilt at each heading.
  let context: readonly string[] = base;
  let header: { text: string; terms: string[] } | undefined;
  const units: PassageUnit[] = [];
  for (const unit of splitUnits(passage.text)) {
    const { kind } = unit;
    if (kind !== 'heading' && kind !== 'tableHeader' && kind !== 'code' && isLinkOnly(unit.text)) continue;
    // Link targets name what they point to (file and page names): they count as terms, but are not shown.
    const text = kind === 'code' ? unit.text : plainStatement(unit.text);
    const terms = termsOf(unit.text);
    if (kind === 'heading') [section, lead, header, context] = [terms, NONE, undefined, [...base, ...terms]];
    if (kind === 'tableHeader') header = { text, terms };
    if (kind === 'heading' || kind === 'tableHeader') continue;
    // A short sentence states nothing; a short list item or row may (`Authoritative`, `Default | 60`).
    if (kind === 'sentence' && wordCount(text) < MIN_WORDS) continue;
    if (kind === 'tableRow' && wordCount(text) < 2) continue;
    const row = kind === 'tableRow';
    const structured = kind === 'listItem' || kind === 'code' || row;
    const rowHeader = row ? header : undefined;
    units.push({
      passageIndex,
      position: units.length,
      text,
      ...(rowHeader ? { header: rowHeader.text } : {}),
      terms: new Set(terms),
      lead: structured ? leadSet(lead, rowHeader?.terms) : EMPTY,
      context: contextSet(context, rowHeader?.terms),
      section: sectionSet(section.length > 0 ? section : own),
      structured,
      row,
      code: kind === 'code',
    });
    if (kind === 'sentence') lead = text.endsWith(':') ? terms : NONE;
  }
  return withShortLists(units);
}

/** A list whose items are all at most this many words is read as one statement with its lead-in. */
const SHORT_ITEM_WORDS = 6;
const MAX_SHORT_ITEMS = 12;

/**
 * A lead-in sentence ending in `:` followed by a short list ("We consider our voice to be: Authoritative;
 * Friendly; …") also states the list: its text takes the items in (its terms stay its own, so a long list
 * never wins on the sheer number of its words). The items stay units of their own.
 */
function withShortLists(units: PassageUnit[]): PassageUnit[] {
  return units.map((unit, i) => {
    if (unit.structured || !unit.text.endsWith(':')) return unit;
    const items: PassageUnit[] = [];
    for (let j = i + 1; j < units.length; j++) {
      const next = units[j] as PassageUnit;
      const introduced = next.lead.size === unit.terms.size && [...unit.terms].every((t) => next.lead.has(t));
      if (!next.structured || next.row || next.code || !introduced) break;
      items.push(next);
    }
    if (items.length < 2 || items.length > MAX_SHORT_ITEMS) return unit;
    if (items.some((item) => wordCount(item.text) > SHORT_ITEM_WORDS)) return unit;
    return {
      ...unit,
      text: `${unit.text} ${items.map((item) => item.text.replace(/[.;,]$/u, '')).join('; ')}`,
    };
  });
}
