import { splitUnits } from './splitUnits';

const MIN_WORDS = 3;

/** Number of whitespace-separated words containing a letter or digit. */
export function wordCount(unit: string): number {
  return unit.split(' ').filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/**
 * Splits normalised markdown-like passage text (see `ExtractedText`) into answer units: headings, table rows,
 * list items and the sentences of paragraphs, in order (see `splitUnits`). Decimals (`3.5 mm`), versions,
 * URLs, part numbers (`NES-BRK-004`) and common en/fr/de/it abbreviations (`e.g.`, `z.B.`, `ca.`, `Nr.`) never
 * end a sentence. Units with fewer than three words, and markdown-only noise, are dropped.
 * Contract: every unit is a substring of `text` after collapsing whitespace runs to one space, except that
 * line-start markers (`#`, `- `, `1. `, `> `) and outer table pipes are removed. Never throws; `''` gives `[]`.
 */
export function splitSentences(text: string): string[] {
  return splitUnits(text)
    .map((unit) => unit.text)
    .filter((unit) => wordCount(unit) >= MIN_WORDS);
}
