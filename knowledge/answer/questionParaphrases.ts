/**
 * How documents usually state what a superlative question asks: "the shortest password" is written "a minimum
 * length", "the largest file" "a maximum size". Generic English question wording, no domain vocabulary.
 */
const PARAPHRASES: readonly [RegExp, string][] = [
  [/\b(?:shortest|smallest|lowest|fewest|least|minimal)\b/iu, 'minimum'],
  [/\b(?:longest|largest|biggest|highest|greatest|maximal|most)\b/iu, 'maximum'],
];

/**
 * Extra search words for a question's superlatives (`minimum`, `maximum`), those the question doesn't already
 * hold. Added to the search query only: the question as asked is what the answer is judged against.
 */
export function questionParaphrases(question: string): string[] {
  return PARAPHRASES.filter(
    ([pattern, word]) => pattern.test(question) && !new RegExp(`\\b${word}\\b`, 'iu').test(question),
  ).map(([, word]) => word);
}
