import { detectFollowUp, type FollowUpCue } from './detectFollowUp';
import { subjectOf } from './questionSubject';
import {
  DETERMINERS,
  PREPOSITIONS,
  QUESTION_WORDS,
  contentWords,
  governingPreposition,
  isOrdinal,
  isPossessive,
  isPronoun,
  joinWords,
  nameGroups,
  toWords,
  type NameGroup,
  type NameShape,
  type Word,
} from './questionWords';

/** How a follow-up was combined with the previous question (tests and logs; never shown to users). */
export type FollowUpMethod =
  | 'ordinal'
  | 'reference'
  | 'swap-name'
  | 'swap-constraint'
  | 'append-constraint'
  | 'swap-attribute'
  | 'append';

export interface ResolvedFollowUp {
  /** The standalone question to pass to `ask_knowledge`. */
  readonly question: string;
  readonly method: FollowUpMethod;
}

const HOW_TO = /^how\s+(?:do|can|should|would|could|must|may)\s+(?:i|we|you|one)\s+(.+)$/i;
const ATTRIBUTE =
  /^(what|which)\s+(is|are|was|were)\s+(the|a|an)\s+(.+?)\s+(of|for|in|on|at|from|to)\s+(.+)$/i;

/**
 * Rewrites `message` as a standalone question when it is a follow-up (see `detectFollowUp`) of `previous`,
 * the previous effective knowledge question; returns undefined when it is not one (a new question replaces
 * the subject). No model and no vocabulary: the rewrite works on the shape of both texts, first match wins:
 * 1. an ordinal ("the second step") asks for that item of the previous subject;
 * 2. a pronoun ("how do I reset it?") is replaced by the previous question's subject (except in a
 *    constraint: "and if it fails?" is appended, rule 4);
 * 3. a name ("and for Zephyr?", "the XR-9 one?") replaces the previous question's name of the same role
 *    (same preposition, else same shape: capitalised word, acronym, code, number);
 * 4. a constraint ("from abroad", "in winter", "if I lost my phone") replaces the previous question's short
 *    constraint with the same preposition, or is appended to it;
 * 5. a bare term ("and the wheelbase?") replaces the attribute of a "what is the X of Y" question;
 * 6. otherwise the term is appended to the previous question in parentheses.
 * Contract: deterministic; the result is non-empty and ends with "?"; swaps and appends keep every word of
 * `previous` except those replaced.
 */
export function resolveFollowUp(previous: string, message: string): ResolvedFollowUp | undefined {
  const cue = detectFollowUp(message);
  if (!cue) return undefined;
  const stem = previous
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/[\s?!.…]+$/u, '');
  if (!stem) return undefined;
  const words = toWords(stem);
  const done = (question: string, method: FollowUpMethod): ResolvedFollowUp => ({
    question: `${upperFirst(question.trim())}?`,
    method,
  });

  if (cue.phrase.some(isOrdinal) && !cue.preposition) {
    const item = withArticle(cue.phrase.filter((w) => !isPronoun(w)));
    const howTo = HOW_TO.exec(stem);
    if (howTo) return done(`What is ${item} to ${howTo[1]}`, 'ordinal');
    // "what are the steps of the process" + "the third step" -> "what is the third step of the process".
    const attribute = ATTRIBUTE.exec(stem);
    const noun = cue.phrase[cue.phrase.length - 1]?.lower ?? '';
    const listed = attribute?.[4]?.toLowerCase().split(' ').pop() ?? '';
    if (attribute && noun && listed.startsWith(noun) && attribute[5]?.toLowerCase() === 'of')
      return done(`What is ${item} of ${attribute[6]}`, 'ordinal');
    return done(`What is ${item} of ${subjectOf(words)}`, 'ordinal');
  }
  // A constraint keeps its own pronoun ("and if it fails?" is appended): only a question or term refers back.
  if (!cue.preposition && cue.rest.some((w) => isPronoun(w) || isPossessive(w)) && cue.reason !== 'name') {
    if (contentWords(cue.rest).length === 0) return done(stem, 'reference');
    const replaced = replaceReference(cue.rest, subjectOf(words));
    const asks = QUESTION_WORDS.has((cue.rest[0] as Word).lower);
    return done(asks ? replaced : `What about ${replaced}`, 'reference');
  }
  const names = nameGroups(cue.phrase, false);
  const swapped = names[0] ? swapName(words, cue, names[0]) : undefined;
  if (swapped) return done(swapped, 'swap-name');
  // A bare name that fits nothing in the previous question ("SAP?") is a new question, not a follow-up.
  if (cue.reason === 'name') return undefined;
  if (cue.preposition) return constraint(words, cue, done);
  const term = cue.phrase.filter((w) => !['one', 'ones'].includes(w.lower));
  const attribute = ATTRIBUTE.exec(stem);
  // The attribute must not hold a capitalised name ("the Zephyr tone of voice" is a name's attribute phrase).
  const attributeNames = attribute ? nameGroups(toWords(attribute[4] as string), false) : [];
  if (attribute && term.length > 0 && !attributeNames.some((g) => g.shapes.includes('title'))) {
    const [, wh, aux, article, , prep, rest] = attribute;
    const plural = /[^su]s$/i.test(term[term.length - 1]?.core ?? '');
    const verb = /^(is|are)$/i.test(aux) ? (plural ? 'are' : 'is') : aux;
    return done(
      `${wh} ${verb} ${article} ${joinWords(stripArticle(term))} ${prep} ${rest}`,
      'swap-attribute',
    );
  }
  return done(`${stem} (${joinWords(term.length ? term : cue.rest)})`, 'append');
}

/** Replaces the previous question's name of the same role with the follow-up's name; undefined when none fits. */
function swapName(words: readonly Word[], cue: FollowUpCue, name: NameGroup): string | undefined {
  const groups = nameGroups(words);
  if (groups.length === 0) return undefined;
  const target =
    (cue.preposition && groups.find((g) => governingPreposition(words, g.start) === cue.preposition)) ||
    groups.find((g) => g.shapes.includes(name.shapes[0] as NameShape)) ||
    (groups.length === 1 ? groups[0] : undefined);
  if (!target) return undefined;
  const replacement = cue.phrase.slice(name.start, name.end);
  const length = name.end - name.start;
  const at = target.shapes.indexOf(name.shapes[0] as NameShape);
  const [start, end] =
    at < 0 || length >= target.end - target.start
      ? [target.start, target.end]
      : [target.start + at, Math.min(target.end, target.start + at + length)];
  return replaceWords(words, start, end, replacement);
}

/** Rule 4: swap the same-preposition constraint when it is short and plain, else append the new one. */
function constraint(
  words: readonly Word[],
  cue: FollowUpCue,
  done: (question: string, method: FollowUpMethod) => ResolvedFollowUp,
): ResolvedFollowUp {
  const prep = cue.preposition as string;
  const at = words.map((w) => w.lower).lastIndexOf(prep);
  if (at > 0) {
    let end = at + 1;
    while (end < words.length && !PREPOSITIONS.has((words[end] as Word).lower)) {
      end += 1;
      if (/[,;:]$/u.test((words[end - 1] as Word).text)) break;
    }
    const slot = words.slice(at + 1, end);
    const plain = slot.every((w) => !DETERMINERS.has(w.lower)) && slot.length <= 3;
    const opensNounPhrase = (phrase: readonly Word[]) => DETERMINERS.has(phrase[0]?.lower ?? '');
    // "from home" -> "from abroad"; "to the guest Wi-Fi" -> "to the printer". A plain term never replaces a
    // noun phrase ("in the colour palette" + "in winter" appends), so a name stays the subject.
    const swaps =
      slot.length > 0 &&
      ((plain && nameGroups(slot, false).length === 0) ||
        (opensNounPhrase(slot) && opensNounPhrase(cue.phrase)));
    if (swaps) return done(replaceWords(words, at + 1, end, cue.phrase), 'swap-constraint');
  }
  return done(`${joinWords(words)} ${joinWords(cue.rest)}`, 'append-constraint');
}

/** Replaces the first pronoun (or possessive) of `rest` with `subject`. */
function replaceReference(rest: readonly Word[], subject: string): string {
  const at = rest.findIndex((w) => isPronoun(w) || isPossessive(w));
  const word = rest[at] as Word;
  const replacement = isPossessive(word) ? `${subject}’s` : subject;
  return [...rest.slice(0, at).map((w) => w.text), replacement, ...rest.slice(at + 1).map((w) => w.text)]
    .join(' ')
    .replace(/[?!.]+$/u, '');
}

function replaceWords(words: readonly Word[], start: number, end: number, by: readonly Word[]): string {
  const last = words[end - 1];
  const trailing = last ? (/[^\p{L}\p{N}]+$/u.exec(last.text)?.[0] ?? '') : '';
  const inserted = joinWords(by).replace(/[^\p{L}\p{N}]+$/u, '') + (end < words.length ? trailing : '');
  const before = words.slice(0, start).map((w) => w.text);
  const article = before[before.length - 1]?.toLowerCase();
  if (article === 'a' || article === 'an')
    before[before.length - 1] = /^[aeiou]/i.test(inserted) ? 'an' : 'a';
  return [before.join(' '), inserted, joinWords(words.slice(end))].filter(Boolean).join(' ');
}

function withArticle(words: readonly Word[]): string {
  const text = joinWords(words);
  return words[0] && DETERMINERS.has(words[0].lower) ? text : `the ${text}`;
}

function stripArticle(words: readonly Word[]): readonly Word[] {
  return words[0] && ['the', 'a', 'an'].includes(words[0].lower) ? words.slice(1) : words;
}

const upperFirst = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
