import {
  AUXILIARIES,
  BE_FORMS,
  DETERMINERS,
  PREPOSITIONS,
  QUESTION_WORDS,
  isStopWord,
  joinWords,
  nameGroups,
  type Word,
} from './questionWords';

const ASKERS = new Set(['i', 'we', 'you', 'one']);

/**
 * The subject of a question, which "it" and "the second step" in a follow-up refer to; without a parser, by
 * the question's shape, first match wins:
 * 1. "what is / how are <subject> ...": the noun phrase after the verb, with an "of" phrase ("the battery
 *    voltage of the platform", "the deadline");
 * 2. "how do I <verb> <object> ...": the object, with its preposition phrase when it is one plain word
 *    ("access to the lab", "the forgotten password");
 * 3. the noun phrase around the last name ("the guest Wi-Fi", "the XR-7 heat pump");
 * 4. the last noun phrase opened by an article;
 * 5. the question without its first two function words.
 * An indefinite article becomes "the".
 */
export function subjectOf(words: readonly Word[]): string {
  const lower = words.map((w) => w.lower);
  const asks = QUESTION_WORDS.has(lower[0] ?? '');
  if (asks && BE_FORMS.has(lower[1] ?? '')) {
    const phrase = nounPhrase(words, 2, { of: true });
    if (phrase) return phrase;
  }
  if (asks && AUXILIARIES.has(lower[1] ?? '') && ASKERS.has(lower[2] ?? '')) {
    const phrase = nounPhrase(words, 4, { of: false });
    if (phrase) return phrase;
  }
  const groups = nameGroups(words);
  const last = groups[groups.length - 1];
  if (last) {
    // Back over the plain words before the name, to a determiner ("the general test schedule D1").
    let start = last.start;
    for (let i = last.start - 1; i >= Math.max(0, last.start - 6); i -= 1) {
      const word = words[i] as Word;
      if (DETERMINERS.has(word.lower)) start = i;
      if (isStopWord(word) || /[,;:]$/u.test(word.text)) break;
      start = i;
    }
    return definite(words.slice(start, spanEnd(words, last.end, start)));
  }
  for (let i = words.length - 1; i >= 0; i -= 1) {
    if (['the', 'a', 'an'].includes((words[i] as Word).lower)) {
      const end = spanEnd(words, i + 1, i);
      if (end > i + 1) return definite(words.slice(i, end));
    }
  }
  return joinWords(words.filter((w, i) => i > 1 || !isStopWord(w)));
}

/** The noun phrase starting at `start` (after an optional determiner), or undefined when there is none. */
function nounPhrase(words: readonly Word[], start: number, options: { of: boolean }): string | undefined {
  const first = words[start];
  if (!first || PREPOSITIONS.has(first.lower)) return undefined;
  const body = DETERMINERS.has(first.lower) ? start + 1 : start;
  let end = spanEnd(words, body, start);
  if (end <= body) return undefined;
  const next = words[end];
  const attach = options.of ? next?.lower === 'of' : next !== undefined && end - body === 1;
  if (attach && next && PREPOSITIONS.has(next.lower)) {
    const after = words[end + 1];
    const tail = after && DETERMINERS.has(after.lower) ? end + 2 : end + 1;
    const tailEnd = spanEnd(words, tail, start);
    if (tailEnd > tail) end = tailEnd;
  }
  return definite(words.slice(start, end));
}

/**
 * End (exclusive) of the plain words from `from`: stops at a function word, a word ending in punctuation
 * (inclusive), or a past participle after the first word; drops the final main verb of a phrase that follows
 * an auxiliary and ends the question ("does the heat pump use").
 */
function spanEnd(words: readonly Word[], from: number, phraseStart: number): number {
  let end = from;
  while (end < words.length) {
    const word = words[end] as Word;
    if (isStopWord(word) || (end > phraseStart + 1 && end > from && /ed$/u.test(word.lower))) break;
    end += 1;
    if (/[,;:]$/u.test(word.text)) break;
  }
  // "what refrigerant does <the heat pump> use": the phrase right after the auxiliary ends with the verb.
  const verbFinal = AUXILIARIES.has(words[phraseStart - 1]?.lower ?? '');
  return verbFinal && end === words.length && end - phraseStart >= 2 ? end - 1 : end;
}

/** "the X" for "a X"; other determiners are kept. */
function definite(words: readonly Word[]): string {
  const [first, ...rest] = words;
  if (!first) return '';
  return first.lower === 'a' || first.lower === 'an' ? `the ${joinWords(rest)}` : joinWords(words);
}
