import { porterStem } from './porterStem';

/**
 * The terms `chunks_fts` indexes for `text` (tokenizer `porter unicode61 remove_diacritics 2`), in order:
 * runs of letters and digits, lower-cased, Latin diacritics removed, Porter-stemmed.
 * `stems` memoises the stemmer across calls (the caller bounds its size).
 */
export function indexTokens(text: string, stems: Map<string, string>): string[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.map((word) => {
    const known = stems.get(word);
    if (known !== undefined) return known;
    // eslint-disable-next-line no-control-regex
    const folded = /^[\x00-\x7f]*$/.test(word)
      ? word
      : word.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
    const stem = porterStem(folded);
    stems.set(word, stem);
    return stem;
  });
}
