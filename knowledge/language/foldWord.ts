/**
 * A word as the embedded index's tokenizer keeps it (unicode61 with `remove_diacritics 2`): lower case,
 * diacritics removed (`Übergabe` -> `ubergabe`), so forms computed here match the indexed tokens.
 */
export function foldWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}
