import { FUNCTION_WORDS_BY_LANGUAGE } from './functionWords';
import { foldWord } from './foldWord';
import { COMPOUNDING, type Language } from './languages';
import { MIN_COMPOUND, splitCompound } from './splitCompound';
import { stemmerFor } from './stemmerFor';

/** Words only: letters of any script (no digits, no separators: part numbers and codes stay whole). */
const WORD = /\p{L}[\p{L}\p{M}]*/gu;

/**
 * The extra search forms of a text in `language` (never English: the index's own Porter stemmer is English),
 * what the embedded index adds to a chunk's searchable text and to a question: each word's stem in its
 * language when it differs from the word (`fahrzeugs` -> `fahrzeug`, `durées` -> `dur`), and for compounding
 * languages (German, Dutch) the stems of the parts of a long word that `known` splits (`fahrzeugübergabe` ->
 * `fahrzeug`, `ubergab`; see `splitCompound`). `known` tells whether a stem is a word of the vocabulary (the
 * index's, the document's). Function words give nothing. Folded like the index's tokens (lower case, no
 * diacritics), distinct, in order of first appearance. Deterministic; never throws.
 */
export function searchForms(
  text: string,
  language: Language,
  known: (stem: string) => boolean = () => false,
): string[] {
  if (language === 'en') return [];
  const stem = stemmerFor(language);
  const skip = new Set(FUNCTION_WORDS_BY_LANGUAGE[language]);
  const forms = new Set<string>();
  const seen = new Set<string>();
  for (const [raw] of text.normalize('NFC').toLowerCase().matchAll(WORD)) {
    if (seen.has(raw) || skip.has(raw) || raw.length < 3) continue;
    seen.add(raw);
    const folded = foldWord(raw);
    const own = stem ? foldWord(stem(raw)) : folded;
    if (own !== folded) forms.add(own);
    if (!COMPOUNDING.has(language) || !stem || raw.length < MIN_COMPOUND) continue;
    const parts = splitCompound(raw, (part) => !skip.has(part) && known(foldWord(stem(part))));
    for (const part of parts ?? []) forms.add(foldWord(stem(part)));
  }
  return [...forms];
}
