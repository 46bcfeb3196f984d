import { chunkDocument } from '../../knowledge/chunk/chunkDocument';
import type { IndexedDocument } from '../../knowledge/index/IndexedDocument';
import type { BeirDataset } from './loadBeir';

/**
 * A BEIR corpus document as the benchmarks index it, under `docId` (also its content hash) and readable by
 * `access`: brand `group`, English, dated 1970, no URL, chunked by the engine's own chunker at `maxChars`.
 */
export function beirIndexedDocument(
  docId: string,
  doc: BeirDataset['corpus'][number],
  access: string[],
  maxChars: number,
): IndexedDocument {
  return {
    docId,
    title: doc.title,
    url: '',
    brand: 'group',
    language: 'en',
    modified: '1970-01-01T00:00:00Z',
    access,
    contentHash: docId,
    chunks: chunkDocument({ docId, text: doc.text }, { maxChars }),
  };
}
