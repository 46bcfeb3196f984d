import { FUNCTION_WORDS_BY_LANGUAGE } from '../language/functionWords';
import { COMPOUNDING, toLanguage, type Language } from '../language/languages';
import { MIN_COMPOUND, splitCompound } from '../language/splitCompound';
import { stemmerFor } from '../language/stemmerFor';
import { stemEnglish } from './stemEnglish';
import { STOP_WORDS } from './stopWords';

/** Letters/digits (any script), joined by inner `-`, `_` or `.` so `r13-h`, `nes-brk-004`, `3.5`, `v2.1` stay whole. */
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:[-_.][\p{L}\p{M}\p{N}]+)*/gu;
const LETTERS = /^[\p{L}\p{M}]+$/u;

/** How a text's terms are formed when it is not (only) English. */
export interface TermOptions {
  /**
   * Languages (BCP 47) whose stems each word gives: the text's own and, for a passage, the question's, so a
   * name or shared word matches across languages. Unknown tags are ignored; none (or only `en`) is English.
   */
  readonly languages: readonly (string | undefined)[];
  /**
   * Whether a term (a stem, see above) is a word of the vocabulary the text is compared with (e.g. the
   * retrieved passages): German and Dutch compounds are split against it (`fahrzeugübergabe` -> `fahrzeug`,
   * `ubergab`).
   */
  readonly known?: (term: string) => boolean;
  /** `replace`: a split compound gives only its parts (a question); `add` (default): the word and its parts. */
  readonly compounds?: 'add' | 'replace';
}

/**
 * Content terms of a question or sentence: NFC-normalised, lower-cased, Unicode-aware tokens (accents kept,
 * digits and part numbers intact), minus en/fr/de/it stop words and question words, minus single letters.
 * English (no `language`, `en`, or options naming only English): ASCII words are lightly stemmed
 * (`stemEnglish`). Another language tag (`fr`, `de-CH`) keeps words unstemmed. `TermOptions`: each word gives its
 * stem in every language named (Snowball; English: `stemEnglish`), that language's function words are skipped
 * too, and compounds split against `known` give their parts. Distinct terms in order of first appearance.
 * Deterministic; never throws.
 */
export function queryTerms(text: string, language?: string | TermOptions): string[] {
  if (typeof language === 'object') {
    const languages = [...new Set(language.languages.map(toLanguage))].filter(
      (l): l is Language => l !== undefined,
    );
    if (languages.some((l) => l !== 'en')) return analysedTerms(text, languages, language);
    language = undefined;
  }
  const stem = language === undefined || /^en\b/iu.test(language);
  const terms = new Set<string>();
  for (const [raw] of text.normalize('NFC').toLowerCase().matchAll(TOKEN)) {
    if (STOP_WORDS.has(raw) || (raw.length === 1 && !/\p{N}/u.test(raw))) continue;
    terms.add(stem ? stemEnglish(raw) : raw);
  }
  return [...terms];
}

/** Words skipped for each combination of languages seen (a few per deployment), built once per combination. */
const skipped = new Map<string, ReadonlySet<string>>();

/** Stop words plus the function words of every one of `languages`. */
function skipFor(languages: readonly Language[]): ReadonlySet<string> {
  const key = languages.join('+');
  let skip = skipped.get(key);
  if (!skip) {
    skip = new Set([...STOP_WORDS, ...languages.flatMap((l) => FUNCTION_WORDS_BY_LANGUAGE[l])]);
    skipped.set(key, skip);
  }
  return skip;
}

function analysedTerms(text: string, languages: readonly Language[], options: TermOptions): string[] {
  const skip = skipFor(languages);
  const stems = languages.map((l) => (l === 'en' ? stemEnglish : (stemmerFor(l) ?? ((w: string) => w))));
  const compounding = languages.filter((l) => COMPOUNDING.has(l)).map((l) => stemmerFor(l));
  const known = options.known;
  const terms = new Set<string>();
  for (const [raw] of text.normalize('NFC').toLowerCase().matchAll(TOKEN)) {
    if (skip.has(raw) || (raw.length === 1 && !/\p{N}/u.test(raw))) continue;
    const word = LETTERS.test(raw);
    const own = word ? stems.map((stem) => stem(raw)) : [raw];
    let parts: string[] | undefined;
    if (word && known && raw.length >= MIN_COMPOUND)
      for (const stem of compounding) {
        if (!stem) continue;
        parts = splitCompound(raw, (part) => !skip.has(part) && known(stem(part)))?.map((part) => stem(part));
        if (parts) break;
      }
    if (!parts || options.compounds !== 'replace') for (const term of own) terms.add(term);
    for (const part of parts ?? []) terms.add(part);
  }
  return [...terms];
}
