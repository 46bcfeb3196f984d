import { EVERYONE } from '../access/Principal';
import type { KnowledgeIndex } from '../index/KnowledgeIndex';

/** Documents looked at, at most, when deriving examples (keeps startup cheap on big indexes). */
const MAX_DOCUMENTS_SCANNED = 200;
/** Most candidate questions passed to `accept` in one derivation (each may run a search). */
const MAX_CHECKS = 30;
/** Longest title or heading turned into an example. */
const MAX_SUBJECT_CHARS = 80;

/**
 * Honest, generic example questions for an organisation whose profile has none: `What does “<subject>” say?` for up
 * to `max` documents that everyone may read (never a title from a restricted document: examples are shown to
 * every user), in doc id order, at most one per document. A document's subjects are tried in order: its title,
 * then its first section heading (the title often holds words its text never uses); the first one `accept`
 * takes is used (default: the title), and at most 30 candidates are checked. Subjects longer than 80 characters
 * are skipped. Empty for an empty index.
 */
export async function deriveExampleQuestions(
  index: KnowledgeIndex,
  max = 3,
  accept: (question: string) => Promise<boolean> = async () => true,
): Promise<string[]> {
  const ids = [...(await index.listHashes()).keys()].sort().slice(0, MAX_DOCUMENTS_SCANNED);
  const examples: string[] = [];
  let checks = 0;
  for (const id of ids) {
    if (examples.length >= max || checks >= MAX_CHECKS) break;
    const doc = await index.getDocument(id);
    if (!doc || !doc.access.includes(EVERYONE)) continue;
    const heading = (await index.getChunks(id))
      .find((chunk) => chunk.heading !== '')
      ?.heading.split(' > ')[0];
    for (const subject of [doc.title, heading ?? '']) {
      const clean = subject.replace(/\s+/g, ' ').trim();
      if (clean === '' || clean.length > MAX_SUBJECT_CHARS) continue;
      const example = `What does “${clean}” say?`;
      if (examples.includes(example) || checks >= MAX_CHECKS) continue;
      checks += 1;
      if (await accept(example)) {
        examples.push(example);
        break;
      }
    }
  }
  return examples;
}
