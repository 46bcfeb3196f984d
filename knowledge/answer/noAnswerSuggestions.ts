import { questionEntities } from './questionEntities';
import { queryTerms } from './terms';

/** Why no answer could be composed. */
export type NoAnswerReason = 'no_passages' | 'not_relevant';

const LONG_QUESTION_TERMS = 8;
const MAX_TIPS = 3;

/**
 * The rephrasing tips by id, in English. Surfaces show a tip in the user's language by its id (the message
 * catalog's `replies.tips`, in the skills layer); this module stays free of presentation.
 */
export const NO_ANSWER_TIPS = {
  completeQuestion: 'Ask a complete question about one topic, for example a test, a part or a procedure.',
  broaderWords: 'Use broader or simpler words: no document you can read matched this question.',
  ownVocabulary:
    "Use the documents' own vocabulary, e.g. a product or part name, a standard or a document title.",
  nameSubject: 'Name the product, team or site the question is about.',
  shorterQuestion: 'Ask a shorter question about one topic.',
  otherWords: 'Try other words for the same thing, such as the term used in the documents.',
} as const;

export type NoAnswerTip = keyof typeof NO_ANSWER_TIPS;

/**
 * Two or three plain rephrasing tips (ids of {@link NO_ANSWER_TIPS}), chosen by simple deterministic checks on
 * the question. The tips are fixed sentences: they never contain any text from the question.
 */
export function noAnswerTips(question: string, reason: NoAnswerReason): NoAnswerTip[] {
  const terms = queryTerms(question);
  const tips: readonly (readonly [boolean, NoAnswerTip])[] = [
    [terms.length === 0, 'completeQuestion'],
    [reason === 'no_passages', 'broaderWords'],
    [!/\d/u.test(question), 'ownVocabulary'],
    [questionEntities(question).length === 0, 'nameSubject'],
    [terms.length > LONG_QUESTION_TERMS, 'shorterQuestion'],
    [true, 'otherWords'],
    [true, 'shorterQuestion'],
  ];
  const chosen = new Set<NoAnswerTip>();
  for (const [applies, tip] of tips) if (applies && chosen.size < MAX_TIPS) chosen.add(tip);
  return [...chosen];
}

/** `noAnswerTips` as their English sentences. */
export function noAnswerSuggestions(question: string, reason: NoAnswerReason): string[] {
  return noAnswerTips(question, reason).map((tip) => NO_ANSWER_TIPS[tip]);
}
