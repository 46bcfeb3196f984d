import { stemEnglish } from './stemEnglish';
import { STOP_WORDS } from './stopWords';

/** Letters/digits (any script), joined by inner `-`, `_` or `.` so `r13-h`, `nes-brk-004`, `3.5`, `v2.1` stay whole. */
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:[-_.][\p{L}\p{M}\p{N}]+)*/gu;

/**
 * Content terms of a question or sentence: NFC-normalised, lower-cased, Unicode-aware tokens (accents kept,
 * digits and part numbers intact), minus en/fr/de/it stop words and question words, minus single letters;
 * ASCII words are lightly stemmed (`stemEnglish`) unless `language` names a non-English language (`fr`, `de-CH`).
 * Returns distinct terms in order of first appearance. Deterministic; never throws.
 */
export function queryTerms(text: string, language?: string): string[] {
  const stem = language === undefined || /^en\b/iu.test(language);
  const terms = new Set<string>();
  for (const [raw] of text.normalize('NFC').toLowerCase().matchAll(TOKEN)) {
    if (STOP_WORDS.has(raw) || (raw.length === 1 && !/\p{N}/u.test(raw))) continue;
    terms.add(stem ? stemEnglish(raw) : raw);
  }
  return [...terms];
}
