import type { IndexedDocument } from '../../../knowledge/index/IndexedDocument';

/** How `indexedDocument` names its chunks (defaults: `<docId>#<ordinal>`, heading `H<ordinal>`). */
export interface ChunkNaming {
  readonly chunkId?: (docId: string, ordinal: number) => string;
  readonly heading?: (ordinal: number, title: string) => string;
}

/**
 * A document for index tests: one chunk per text, read by `access`, in English, of the `group` brand, titled
 * `Title of <docId>` and modified 2026-01-01 unless `extra` says otherwise (`extra.chunks` replaces the chunks).
 */
export function indexedDocument(
  docId: string,
  access: string[],
  texts: string[],
  extra: Partial<IndexedDocument> = {},
  naming: ChunkNaming = {},
): IndexedDocument {
  const title = extra.title ?? `Title of ${docId}`;
  return {
    docId,
    title,
    url: '',
    access,
    brand: 'group',
    language: 'en',
    modified: '2026-01-01T00:00:00.000Z',
    contentHash: `hash-${docId}`,
    chunks: texts.map((text, ordinal) => ({
      chunkId: naming.chunkId?.(docId, ordinal) ?? `${docId}#${ordinal}`,
      docId,
      ordinal,
      heading: naming.heading?.(ordinal, title) ?? `H${ordinal}`,
      text,
    })),
    ...extra,
  };
}
