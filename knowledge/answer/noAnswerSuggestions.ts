import { questionEntities } from './questionEntities';
import { queryTerms } from './terms';

/** Why no answer could be composed. */
export type NoAnswerReason = 'no_passages' | 'not_relevant';

const LONG_QUESTION_TERMS = 8;
const MAX_TIPS = 3;

/**
 * Two or three plain rephrasing tips, chosen by simple deterministic checks on the question. The tips are fixed
 * sentences: they never contain any text from the question.
 */
export function noAnswerSuggestions(question: string, reason: NoAnswerReason): string[] {
  const terms = queryTerms(question);
  const tips = [
    [
      terms.length === 0,
      'Ask a complete question about one topic, for example a test, a part or a procedure.',
    ],
    [
      reason === 'no_passages',
      'Use broader or simpler words: no document you can read matched this question.',
    ],
    [
      !/\d/u.test(question),
      "Use the documents' own vocabulary, e.g. a product or part name, a standard or a document title.",
    ],
    [questionEntities(question).length === 0, 'Name the product, team or site the question is about.'],
    [terms.length > LONG_QUESTION_TERMS, 'Ask a shorter question about one topic.'],
    [true, 'Try other words for the same thing, such as the term used in the documents.'],
    [true, 'Ask a shorter question about one topic.'],
  ] as const;
  const chosen = new Set<string>();
  for (const [applies, tip] of tips) if (applies && chosen.size < MAX_TIPS) chosen.add(tip);
  return [...chosen];
}
