import { FUNCTION_WORDS_BY_LANGUAGE } from './functionWords';
import { shortTextMemo } from '../memo/BoundedMemo';
import { LANGUAGES, type Language } from './languages';

/** English question words: frequent in questions, absent from the English function-word list the search skips. */
const ENGLISH_QUESTION_WORDS = [
  'what',
  'which',
  'who',
  'how',
  'why',
  'when',
  'where',
  'is',
  'are',
  'do',
  'does',
];

/** Letters that only some of the languages use; each occurrence counts as much as a function word. */
const LETTERS: readonly [RegExp, readonly Language[]][] = [
  [/ß/gu, ['de']],
  [/[äöü]/gu, ['de']],
  [/[ñ¿¡]/gu, ['es']],
  [/[ãõ]/gu, ['pt']],
  [/ç/gu, ['fr', 'pt']],
  [/[łąęśźżćń]/gu, ['pl']],
  [/[êœë]/gu, ['fr']],
  [/[ìò]/gu, ['it']],
];

/** Owners of each function word, built once: a word several languages share counts for each a fraction. */
const OWNERS: ReadonlyMap<string, readonly Language[]> = (() => {
  const owners = new Map<string, Language[]>();
  const add = (word: string, language: Language): void => {
    const list = owners.get(word) ?? [];
    if (!list.includes(language)) list.push(language);
    owners.set(word, list);
  };
  for (const language of LANGUAGES)
    for (const word of FUNCTION_WORDS_BY_LANGUAGE[language]) add(word, language);
  for (const word of ENGLISH_QUESTION_WORDS) add(word, 'en');
  return owners;
})();

/** Words read from a long text: the language of a document shows in its first few thousand words. */
const MAX_WORDS = 3000;
/** Least score per word of a long text (prose has a function word in every few words). */
const MIN_SHARE = 0.03;

/**
 * The language of `text` among `LANGUAGES`, from the function words and language-specific letters it holds (a
 * word shared by n languages counts 1/n for each), or undefined when the text gives no evidence or two
 * languages score the same. Works on a short question ("Wie lange dauert die Übergabe?") as on a document.
 * Deterministic; never throws. A short text (a question, at most 1000 characters) is analysed once: a turn asks
 * about its question several times.
 */
export function detectLanguage(text: string): Language | undefined {
  return shortTexts(text);
}

/** Texts up to 1000 characters are analysed once (1024 kept, least recently used dropped). */
const shortTexts = shortTextMemo(detected, 1000, 1024);

function detected(text: string): Language | undefined {
  const lower = text.normalize('NFC').toLowerCase();
  const scores = new Map<Language, number>();
  const add = (language: Language, score: number): void =>
    void scores.set(language, (scores.get(language) ?? 0) + score);
  let count = 0;
  for (const [word] of lower.matchAll(/[\p{L}\p{M}]+(?:['’][\p{L}]+)?/gu)) {
    if (++count > MAX_WORDS) break;
    const owners = OWNERS.get(word) ?? OWNERS.get(word.replace(/^\p{L}+['’]/u, ''));
    if (owners) for (const language of owners) add(language, 1 / owners.length);
  }
  // Letters count up to a tenth of the words (at least 3), so a few foreign names don't outweigh the grammar.
  for (const [pattern, owners] of LETTERS) {
    const hits = Math.min(lower.match(pattern)?.length ?? 0, Math.max(3, Math.min(count, MAX_WORDS) / 10));
    for (const language of owners) add(language, hits / owners.length);
  }
  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] === 0 || (second && second[1] === best[1])) return undefined;
  // A long text with hardly any function words (a table of names, a code listing) shows no language.
  if (count >= 50 && best[1] < Math.min(count, MAX_WORDS) * MIN_SHARE) return undefined;
  return best[0];
}
