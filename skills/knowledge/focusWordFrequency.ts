import { focusGaps, wordForms, wordsToCount } from '../../knowledge/answer/focusGaps';
import type { KnowledgeIndex } from '../../knowledge/index/KnowledgeIndex';
import type { Passage } from '../../knowledge/index/Passage';
import type { SearchOptions } from '../../knowledge/index/SearchOptions';

/** Most passages read per word: a word in more documents than this counts as this many (common enough). */
const FREQUENCY_CAP = 50;

/**
 * How many documents `scope` may read use each word `declinesFocus` needs for `question` (`wordsToCount`
 * over the retrieved `passages`, `known` as there): the distinct documents of a search for the word in any of its
 * spellings (`wordForms`), capped. No search runs when the
 * passages hold every word the question asks about (the usual case). A failed search leaves its word out
 * (unknown: it never declines). Never throws.
 */
export async function focusWordFrequency(
  index: KnowledgeIndex,
  question: string,
  passages: readonly Passage[],
  scope: SearchOptions,
  known: readonly string[] = [],
): Promise<ReadonlyMap<string, number>> {
  const words = wordsToCount(focusGaps(question, passages, known));
  const counted = await Promise.all(
    words.map(async (word): Promise<[string, number] | undefined> => {
      try {
        const found = await index.search(wordForms(word).join(' '), {
          ...scope,
          top: FREQUENCY_CAP,
          queryLanguage: 'en',
        });
        return [word, new Set(found.map((p) => p.docId)).size];
      } catch {
        return undefined;
      }
    }),
  );
  return new Map(counted.filter((entry): entry is [string, number] => entry !== undefined));
}
