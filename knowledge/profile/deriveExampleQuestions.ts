import { EVERYONE } from '../access/Principal';
import type { KnowledgeIndex } from '../types';

/** Documents looked at, at most, when deriving examples (keeps startup cheap on big indexes). */
const MAX_DOCUMENTS_SCANNED = 200;

/**
 * Honest, generic example questions for an organisation whose profile has none: `What does “<title>” say?` for up to
 * `max` documents that everyone may read (never a title from a restricted document: examples are shown to
 * every user), in doc id order. Titles longer than 80 characters are skipped. Empty for an empty index.
 */
export async function deriveExampleQuestions(index: KnowledgeIndex, max = 3): Promise<string[]> {
  const ids = [...(await index.listHashes()).keys()].sort().slice(0, MAX_DOCUMENTS_SCANNED);
  const examples: string[] = [];
  for (const id of ids) {
    if (examples.length >= max) break;
    const doc = await index.getDocument(id);
    const title = doc?.title.replace(/\s+/g, ' ').trim() ?? '';
    if (!doc || !doc.access.includes(EVERYONE) || title === '' || title.length > 80) continue;
    const example = `What does “${title}” say?`;
    if (!examples.includes(example)) examples.push(example);
  }
  return examples;
}
