import { canRead } from '../../knowledge/access/AccessList';
import type { Directory } from '../../knowledge/identity/Directory';
import type { KnowledgeIndex } from '../../knowledge/index/KnowledgeIndex';

/**
 * How many of `docIds` (duplicates counted once) user `userId` may not read now: the user's principals from the
 * directory against each document's access list in the index. A document no longer indexed counts as
 * unreadable (fail closed). Rejects when the directory cannot resolve the user (DirectoryUnavailableError).
 */
export function unreadableBy(
  directory: Pick<Directory, 'principalsFor'>,
  index: Pick<KnowledgeIndex, 'getDocument'>,
): (userId: string, docIds: readonly string[]) => Promise<number> {
  return async (userId, docIds) => {
    const principals = await directory.principalsFor(userId);
    let unreadable = 0;
    for (const docId of new Set(docIds)) {
      const doc = await index.getDocument(docId);
      if (!doc || !canRead(doc.access, principals)) unreadable += 1;
    }
    return unreadable;
  };
}
