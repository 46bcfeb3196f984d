/**
 * Word-level helpers for follow-up resolution. Only function words of the language (articles, prepositions,
 * pronouns, question words) are listed here; nothing names a tenant, a brand or a product.
 */

/** One whitespace-separated word: `text` as typed, `core` without surrounding punctuation, `lower` its lower case. */
export interface Word {
  readonly text: string;
  readonly core: string;
  readonly lower: string;
}

/** The shape of a name-like word: a code (letters and digits), a number, an acronym, or a capitalised word. */
export type NameShape = 'code' | 'number' | 'caps' | 'title';

export const DETERMINERS = new Set(['the', 'a', 'an', 'my', 'our', 'your', 'their', 'its', 'this', 'these']);
/** Prepositions and conjunctions that open a constraint ("from home", "in winter", "if I lost my phone"). */
export const PREPOSITIONS = new Set([
  'for',
  'in',
  'on',
  'from',
  'with',
  'without',
  'at',
  'during',
  'after',
  'before',
  'under',
  'over',
  'by',
  'to',
  'via',
  'within',
  'outside',
  'inside',
  'per',
  'if',
  'unless',
  'while',
  'of',
  'about',
  'according',
  'regarding',
  'including',
  'between',
  'against',
  'into',
  'than',
  'until',
  'since',
  'through',
  'across',
  'around',
  'near',
  'pour',
  'für',
  'bei',
  'mit',
  'avec',
  'con',
  'para',
]);
/** Words that refer back to the previous subject. */
export const PRONOUNS = new Set(['it', 'this', 'that', 'they', 'them', 'these', 'those']);
export const POSSESSIVES = new Set(['its', 'their']);
const ORDINAL =
  /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|next|final|previous|\d+(?:st|nd|rd|th))$/;
/** The forms of "to be" a question opens with ("what is ...", "how are ..."). */
export const BE_FORMS = new Set(['is', 'are', 'was', 'were']);
/** Auxiliaries a question opens with; the question's main verb then comes last ("what does the pump use"). */
export const AUXILIARIES = new Set([
  'do',
  'does',
  'did',
  'can',
  'could',
  'should',
  'must',
  'will',
  'would',
  'may',
]);
export const QUESTION_WORDS = new Set([
  'what',
  'which',
  'who',
  'whom',
  'whose',
  'when',
  'where',
  'why',
  'how',
  ...BE_FORMS,
  ...AUXILIARIES,
  'has',
  'have',
  // French, German, Italian
  'quel',
  'quelle',
  'quels',
  'quelles',
  'comment',
  'wie',
  'welche',
  'welcher',
  'qual',
  'quale',
  'quali',
  'come',
  'dove',
]);
/** Function words of French, German and Italian that are not English words worth keeping. */
const OTHER_LANGUAGE_STOP_WORDS = [
  'le',
  'la',
  'les',
  'un',
  'une',
  'des',
  'du',
  'de',
  'est',
  'et',
  'der',
  'die',
  'das',
  'dem',
  'ein',
  'eine',
  'ist',
  'und',
  'von',
  'il',
  'lo',
  'gli',
  'una',
  'di',
  'del',
  'della',
  'è',
];
const OTHER_STOP_WORDS = [
  ...OTHER_LANGUAGE_STOP_WORDS,
  'and',
  'or',
  'but',
  'also',
  'plus',
  'then',
  'so',
  'too',
  'instead',
  'same',
  'one',
  'ones',
  'please',
  'thanks',
  'i',
  'we',
  'you',
  'me',
  'us',
  'he',
  'she',
  'there',
  'be',
  'been',
  'not',
  'no',
  'yes',
  'as',
  'well',
  'much',
  'many',
  'long',
  'about',
  'question',
];
const STOP_WORDS = new Set([
  ...DETERMINERS,
  ...PREPOSITIONS,
  ...PRONOUNS,
  ...POSSESSIVES,
  ...QUESTION_WORDS,
  ...OTHER_STOP_WORDS,
]);

/** Splits text into words (whitespace), keeping each word's punctuation in `text`. */
export function toWords(text: string): Word[] {
  return text
    .split(/\s+/u)
    .filter(Boolean)
    .map((word) => {
      const core = word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').replace(/['’]s$/u, '');
      return { text: word, core, lower: core.toLowerCase() };
    });
}

export const joinWords = (words: readonly Word[]): string => words.map((w) => w.text).join(' ');

/** A function word; an acronym spelled like one ("CAN", "IT") is not. */
export const isStopWord = (word: Word): boolean =>
  !word.core || (STOP_WORDS.has(word.lower) && !isAcronym(word.core));
const isAcronym = (core: string): boolean => core.length >= 2 && core === core.toUpperCase();
export const isPronoun = (word: Word): boolean => PRONOUNS.has(word.lower) && !isAcronym(word.core);
export const isPossessive = (word: Word): boolean => POSSESSIVES.has(word.lower);
export const isOrdinal = (word: Word): boolean => ORDINAL.test(word.lower);

/** Words that carry meaning: not function words, not empty. */
export const contentWords = (words: readonly Word[]): Word[] => words.filter((w) => !isStopWord(w));

/**
 * The name shape of a word, or undefined for an ordinary word. `sentenceStart` words are only names when they
 * are codes, numbers or acronyms (a capital there is grammar, not a name).
 */
export function nameShape(word: Word, sentenceStart: boolean): NameShape | undefined {
  const { core } = word;
  if (!core || isStopWord(word)) return undefined;
  const letters = core.replace(/[^\p{L}]/gu, '');
  if (/\p{N}/u.test(core)) return letters ? 'code' : core.length >= 2 ? 'number' : undefined;
  if (letters.length >= 2 && letters === letters.toUpperCase()) return 'caps';
  if (!sentenceStart && /^\p{Lu}/u.test(core)) return 'title';
  return undefined;
}

/** A run of consecutive name-like words (`start` inclusive, `end` exclusive) with each word's shape. */
export interface NameGroup {
  readonly start: number;
  readonly end: number;
  readonly shapes: readonly NameShape[];
}

/** The name groups of a question; its first word is treated as a sentence start. */
export function nameGroups(words: readonly Word[], firstIsSentenceStart = true): NameGroup[] {
  const groups: NameGroup[] = [];
  let current: { start: number; shapes: NameShape[] } | undefined;
  words.forEach((word, i) => {
    const shape = nameShape(word, i === 0 && firstIsSentenceStart);
    if (shape) {
      current ??= { start: i, shapes: [] };
      current.shapes.push(shape);
      // A word ending in punctuation (a comma) closes its group.
      if (/[^\p{L}\p{N}]$/u.test(word.text)) {
        groups.push({ start: current.start, end: i + 1, shapes: current.shapes });
        current = undefined;
      }
    } else if (current) {
      groups.push({ start: current.start, end: i, shapes: current.shapes });
      current = undefined;
    }
  });
  if (current) groups.push({ start: current.start, end: words.length, shapes: current.shapes });
  return groups;
}

/** The preposition governing the word at `index` ("for the Zephyr logo" -> `for`), skipping determiners. */
export function governingPreposition(words: readonly Word[], index: number): string | undefined {
  let i = index - 1;
  while (i >= 0 && DETERMINERS.has((words[i] as Word).lower)) i -= 1;
  const word = words[i];
  return word && PREPOSITIONS.has(word.lower) ? word.lower : undefined;
}
