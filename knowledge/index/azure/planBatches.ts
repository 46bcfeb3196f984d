import { SearchServiceError } from './SearchServiceError';

/** Service limits for one indexing request: 1,000 actions and about 16 MB of JSON. */
export interface BatchLimits {
  readonly maxActions: number;
  readonly maxBytes: number;
}

export const DEFAULT_BATCH_LIMITS: BatchLimits = { maxActions: 1000, maxBytes: 16_000_000 };

/** Bytes an action adds to a request body beyond its document's JSON (`"@search.action":"mergeOrUpload",`). */
const ACTION_OVERHEAD = 40;
/** `{"value":[]}` */
const BODY_OVERHEAD = 12;

/**
 * Splits documents into consecutive batches, in order, so that no batch has more than `maxActions` actions
 * or an estimated JSON body over `maxBytes`. Throws SearchServiceError `search_rejected` when one document
 * alone is over the byte limit (the service would reject it whatever the batching).
 */
export function planBatches<T extends { id: string }>(documents: readonly T[], limits: BatchLimits): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let bytes = BODY_OVERHEAD;
  for (const document of documents) {
    const size = Buffer.byteLength(JSON.stringify(document), 'utf8') + ACTION_OVERHEAD;
    if (size + BODY_OVERHEAD > limits.maxBytes) {
      throw new SearchServiceError(
        'search_rejected',
        `search document ${document.id} is ${size} bytes, over the ${limits.maxBytes}-byte request limit`,
      );
    }
    if (current.length >= limits.maxActions || bytes + size > limits.maxBytes) {
      batches.push(current);
      current = [];
      bytes = BODY_OVERHEAD;
    }
    current.push(document);
    bytes += size;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
