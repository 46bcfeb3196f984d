/** One phrase an English question asks about (see `questionFocus`). */
export interface FocusPhrase {
  /** The phrase's words, lower case, in order (function words included). */
  readonly words: readonly string[];
  /** True when the question asks whether the thing exists ("is there a …", "do we have a …"). */
  readonly existence: boolean;
}

const list = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/u).filter(Boolean));

/** Determiners skipped after an existence opener ("is there a / any / an official …"). */
const DETERMINERS = list('a an any some the our your their one');
/** Auxiliaries and modals: a which/what/how-many phrase ended by one is a noun phrase (the verb follows). */
const AUXILIARIES = list(
  'is are was were be do does did can could should would will shall must may might has have had',
);
/**
 * Words that end a focus phrase: auxiliaries and modals (the verb of the question begins), pronouns,
 * prepositions other than `of` (what follows qualifies the thing, it does not name it), conjunctions and
 * relative words. English grammar only, no domain vocabulary.
 */
const ENDS = list(`
  is are was were be been being am do does did done can could should would will shall must may might has have had
  i we you they he she it me us them my his her its
  for to in on at from by with about into onto over under between around after before during without within
  per via than as like across along through toward towards behind beside besides beyond near since until upon
  that which who whom whose when where why how what and or but nor if so because while whether then there`);
/** Openers of an existence question, as word sequences; the focus is the noun phrase after them. */
const EXISTENCE = [
  ['is', 'there'],
  ['are', 'there'],
  ['was', 'there'],
  ['do', 'we', 'have'],
  ['do', 'you', 'have'],
  ['does', 'it', 'have'],
];
/** Most words of a focus phrase (a longer one is not a noun phrase the question asks about). */
const MAX_WORDS = 6;

/** Word tokens of a question, lower case; punctuation other than inner `-`, `_`, `.`, `/` and `'` ends a phrase. */
function tokens(question: string): (string | undefined)[] {
  const out: (string | undefined)[] = [];
  for (const [token] of question
    .normalize('NFC')
    .toLowerCase()
    .matchAll(/[\p{L}\p{M}\p{N}]+(?:[-_./'’][\p{L}\p{M}\p{N}]+)*|[^\s]/gu))
    out.push(/^[\p{L}\p{M}\p{N}]/u.test(token) ? token : undefined);
  return out;
}

/** The words from `start` up to the first that ends a phrase, and that word (undefined: punctuation or the end). */
function phraseFrom(
  words: readonly (string | undefined)[],
  start: number,
): { phrase: string[]; end: string | undefined } {
  const phrase: string[] = [];
  for (let i = start; i < words.length && phrase.length < MAX_WORDS; i += 1) {
    const word = words[i];
    if (word === undefined || ENDS.has(word)) return { phrase, end: word };
    phrase.push(word);
  }
  return { phrase, end: undefined };
}

/**
 * The noun phrases an English question asks about, in order: after `which` / `what` used as a determiner
 * ("which letterhead template should…", "what font size do…"), after `how many` / `how much` ("how many
 * days of leave can…"), and after an existence opener ("is there a dress code for…", determiners skipped).
 * A phrase runs until a function word that ends a noun phrase (auxiliary, pronoun, preposition other than
 * `of`, conjunction) or punctuation, at most six words; a which/what/how-many phrase counts only when an
 * auxiliary or modal ends it (the question's verb follows it, so it holds no verb); `what is…` / `what's…`
 * give none. Questions in other
 * languages give none (the caller decides the language). Deterministic; never throws.
 */
export function questionFocus(question: string): FocusPhrase[] {
  const words = tokens(question);
  const phrases: FocusPhrase[] = [];
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i];
    const opener = EXISTENCE.find((seq) => seq.every((w, k) => words[i + k] === w));
    if (opener) {
      let start = i + opener.length;
      while (DETERMINERS.has(words[start] ?? '')) start += 1;
      const { phrase } = phraseFrom(words, start);
      if (phrase.length > 0) phrases.push({ words: phrase, existence: true });
      i = start + phrase.length - 1;
      continue;
    }
    const after =
      word === 'which' || word === 'what'
        ? i + 1
        : word === 'how' && (words[i + 1] === 'many' || words[i + 1] === 'much')
          ? i + 2
          : undefined;
    if (after === undefined) continue;
    const { phrase, end } = phraseFrom(words, after);
    // "Which app handles expenses?": no auxiliary follows, the phrase may hold the verb; left out.
    if (phrase.length > 0 && end !== undefined && AUXILIARIES.has(end))
      phrases.push({ words: phrase, existence: false });
    i = after + phrase.length - 1;
  }
  return phrases;
}
