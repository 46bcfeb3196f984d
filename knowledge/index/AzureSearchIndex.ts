import { odata, type SearchClient, type SearchOptions as SdkSearchOptions } from '@azure/search-documents';
import { EmbeddingError } from '../embeddings/EmbeddingError';
import type { EmbeddingModel } from '../embeddings/EmbeddingModel';
import type { DocumentMeta } from './DocumentMeta';
import type { IndexedDocument } from './IndexedDocument';
import type { KnowledgeIndex } from './KnowledgeIndex';
import type { Passage } from './Passage';
import type { SearchOptions } from './SearchOptions';
import { type BatchLimits, DEFAULT_BATCH_LIMITS, planBatches } from './azure/planBatches';
import {
  addVectors,
  CHUNK_FIELDS,
  readChunk,
  type SearchChunk,
  type StoredChunk,
  toMeta,
  toPassage,
  toSearchChunks,
} from './azure/SearchChunk';
import { codeForStatus, SearchServiceError, toSearchServiceError } from './azure/SearchServiceError';
import { plainSearchText, searchFilter } from './azure/searchRequest';
import { languageField } from './azure/languageFields';
import { detectLanguage } from '../language/detectLanguage';

export interface AzureSearchIndexOptions {
  /** Client of the knowledge index (built with an `AzureKeyCredential` or a `TokenCredential`). */
  readonly client: SearchClient<SearchChunk>;
  /** Semantic configuration (e.g. `default`); when set, queries are semantic and scored by the reranker. */
  readonly semanticConfiguration?: string;
  /** Scoring profile; default: the index's default profile (`fieldWeights`: title 2, heading 1.5, content 1). */
  readonly scoringProfile?: string;
  /** Request limits for indexing; default 1,000 actions and 16,000,000 bytes of JSON per request. */
  readonly batchLimits?: Partial<BatchLimits>;
  /**
   * Embedding model for hybrid (text + vector) retrieval. The index must have `contentVector` with the
   * model's dimensions (`searchIndexDefinition({ vectorDimensions })`). Unset: text queries only.
   */
  readonly embeddings?: EmbeddingModel;
  /**
   * Called when a query's embedding failed with `embedding_unavailable` and the query ran as text only
   * (e.g. to log it). Default: nothing.
   */
  readonly onVectorFallback?: (error: EmbeddingError) => void;
}

const DEFAULT_TOP = 8;
const MAX_TOP = 1000;
const PAGE = 1000;
const SEARCH_FIELDS = ['title', 'heading', 'content'] as const;
type Field = (typeof CHUNK_FIELDS)[number];
const VECTOR_FIELD = 'contentVector' as const;
/** Fewest nearest neighbours a hybrid query asks for, so RRF has enough vector candidates to fuse. */
const MIN_NEIGHBOURS = 50;

/**
 * The knowledge index on Azure AI Search: one search document per chunk (see `infra/search/`), security
 * trimming by an OData filter on `accessPrincipals` applied by the service before `top`; the query text is
 * sent as plain words (see `plainSearchText`). Every service failure becomes a SearchServiceError
 * (`search_unavailable` or `search_rejected`) that never carries the API key.
 *
 * Writes are not transactional: `upsert` first deletes the chunks the new version no longer has, then
 * merges or uploads every new chunk in batches (1,000 actions / ~16 MB), and throws if any action failed,
 * so the caller never checkpoints a partial write. Until a retry succeeds, `listHashes` reports '' for a
 * document whose chunks disagree on the hash, which forces a re-ingest; while an upsert that narrows access
 * is in flight, chunks not yet rewritten keep the old access list. The service indexes in near real time:
 * a write is visible to searches (and to the next `upsert`'s stale-chunk lookup) after about a second.
 * A document with no chunks has no search documents, so `getDocument` returns undefined for it.
 *
 * With `embeddings`: `upsert` embeds every chunk (title, heading and text) before writing anything, so an
 * embedding failure (an `EmbeddingError`, thrown as is) leaves the previous version untouched; `search`
 * sends a hybrid query: the text query plus a kNN query on `contentVector` (k = max(top, 50)) with the
 * SAME security filter applied before kNN (`preFilter`), so vector hits are trimmed like text hits; the
 * service fuses both by RRF (then the semantic reranker, when configured). A query whose embedding is
 * `embedding_unavailable` runs as text only (see `onVectorFallback`); `embedding_rejected` is thrown.
 * Documents indexed before the model was set have no vector until they are re-ingested.
 */
export class AzureSearchIndex implements KnowledgeIndex {
  private readonly client: SearchClient<SearchChunk>;
  private readonly limits: BatchLimits;

  constructor(private readonly options: AzureSearchIndexOptions) {
    this.client = options.client;
    this.limits = { ...DEFAULT_BATCH_LIMITS, ...options.batchLimits };
  }

  async upsert(doc: IndexedDocument): Promise<void> {
    let chunks: SearchChunk[];
    try {
      chunks = toSearchChunks(doc);
    } catch (error) {
      throw new SearchServiceError('search_rejected', `document ${doc.docId}: ${(error as Error).message}`);
    }
    if (this.options.embeddings) await addVectors(this.options.embeddings, chunks);
    const keep = new Set(chunks.map((chunk) => chunk.id));
    const stale = (await this.keysOf(doc.docId)).filter((key) => !keep.has(key));
    await this.deleteKeys(stale);
    for (const batch of planBatches(chunks, this.limits)) {
      await this.write('upsert', () => this.client.mergeOrUploadDocuments(batch));
    }
  }

  async delete(docId: string): Promise<void> {
    await this.deleteKeys(await this.keysOf(docId));
  }

  async search(query: string, options: SearchOptions): Promise<Passage[]> {
    const text = plainSearchText(query);
    const filter = searchFilter(options);
    if (!text || !filter) return [];
    const top = Math.min(Math.max(1, Math.floor(options.top ?? DEFAULT_TOP)), MAX_TOP);
    const semantic = this.options.semanticConfiguration;
    const vector = await this.queryVector(query);
    // The question's language (given, else detected) adds its analysed field: its lemmas and compound parts
    // match documents in that language the way the embedded index's stems do.
    const analysed = languageField(options.queryLanguage ?? detectLanguage(query));
    const request: SdkSearchOptions<SearchChunk> = {
      filter,
      top,
      searchFields: [...SEARCH_FIELDS, ...(analysed ? [analysed] : [])],
      select: [...CHUNK_FIELDS],
      ...(this.options.scoringProfile ? { scoringProfile: this.options.scoringProfile } : {}),
      ...(semantic
        ? { queryType: 'semantic' as const, semanticSearchOptions: { configurationName: semantic } }
        : { queryType: 'simple' as const }),
      ...(vector
        ? {
            vectorSearchOptions: {
              queries: [
                {
                  kind: 'vector' as const,
                  vector,
                  fields: [VECTOR_FIELD],
                  kNearestNeighborsCount: Math.max(top, MIN_NEIGHBOURS),
                },
              ],
              filterMode: 'preFilter' as const,
            },
          }
        : {}),
    };
    const hits: { chunk: StoredChunk; score: number; reranker?: number }[] = [];
    try {
      const response = await this.client.search(text, request);
      for await (const result of response.results) {
        hits.push({ chunk: readChunk(result.document), score: result.score, reranker: result.rerankerScore });
        if (hits.length >= top) break;
      }
    } catch (error) {
      throw toSearchServiceError('search', error);
    }
    const reranked = hits.some((hit) => hit.reranker !== undefined);
    return hits.map((hit) => toPassage(hit.chunk, reranked ? (hit.reranker ?? 0) : hit.score));
  }

  /** The query's embedding; undefined without a model or when it is unavailable (then text only). */
  private async queryVector(query: string): Promise<number[] | undefined> {
    const model = this.options.embeddings;
    if (!model) return undefined;
    try {
      const [vector] = await model.embed([query.normalize('NFKC').trim()]);
      return vector;
    } catch (error) {
      if (!(error instanceof EmbeddingError) || error.code !== 'embedding_unavailable') throw error;
      this.options.onVectorFallback?.(error);
      return undefined;
    }
  }

  async getDocument(docId: string): Promise<(DocumentMeta & { contentHash: string }) | undefined> {
    const [first] = await this.list(odata`docId eq ${docId}`, CHUNK_FIELDS, 1);
    return first ? { ...toMeta(first), contentHash: first.contentHash } : undefined;
  }

  async getChunks(docId: string): Promise<{ chunkId: string; heading: string; text: string }[]> {
    const chunks: StoredChunk[] = [];
    for (let skip = 0; ; skip += PAGE) {
      const page = await this.list(
        odata`docId eq ${docId}`,
        ['id', 'heading', 'content', 'ordinal'],
        PAGE,
        skip,
      );
      chunks.push(...page);
      if (page.length < PAGE) break;
    }
    return chunks.map(({ chunkId, heading, text }) => ({ chunkId, heading, text }));
  }

  async listHashes(): Promise<Map<string, string>> {
    const hashes = new Map<string, string>();
    for await (const chunk of this.scan(undefined, ['id', 'docId', 'contentHash'])) {
      const known = hashes.get(chunk.docId);
      hashes.set(chunk.docId, known === undefined || known === chunk.contentHash ? chunk.contentHash : '');
    }
    return hashes;
  }

  async close(): Promise<void> {
    // SearchClient holds no connection of its own to release.
  }

  /** The document keys of every chunk of one document. */
  private async keysOf(docId: string): Promise<string[]> {
    const keys: string[] = [];
    for await (const chunk of this.scan(odata`docId eq ${docId}`, ['id'])) keys.push(chunk.rawKey);
    return keys;
  }

  private async deleteKeys(keys: string[]): Promise<void> {
    for (const batch of planBatches(
      keys.map((id) => ({ id })),
      this.limits,
    )) {
      const ids = batch.map((item) => item.id);
      await this.write('delete', () => this.client.deleteDocuments('id', ids));
    }
  }

  /** One indexing request; throws when the request or any of its actions failed. */
  private async write(
    operation: string,
    send: () => Promise<{
      results: { key: string; succeeded: boolean; statusCode: number; errorMessage?: string }[];
    }>,
  ): Promise<void> {
    let results;
    try {
      ({ results } = await send());
    } catch (error) {
      throw toSearchServiceError(operation, error);
    }
    const failed = results.filter((result) => !result.succeeded);
    if (failed.length === 0) return;
    const first = failed[0]!;
    throw new SearchServiceError(
      codeForStatus(first.statusCode),
      `Azure AI Search ${operation}: ${failed.length} of ${results.length} actions failed; first: key ` +
        `${first.key} HTTP ${first.statusCode}${first.errorMessage ? ` ${first.errorMessage.slice(0, 200)}` : ''}`,
      first.statusCode,
    );
  }

  /** One page of chunks matching `filter`, in reading order. */
  private async list(
    filter: string,
    select: readonly Field[],
    top: number,
    skip = 0,
  ): Promise<StoredChunk[]> {
    const chunks: StoredChunk[] = [];
    try {
      const response = await this.client.search('*', {
        filter,
        select: [...select],
        orderBy: ['ordinal asc'],
        top,
        skip,
      });
      for await (const result of response.results) {
        chunks.push(readChunk(result.document));
        if (chunks.length >= top) break;
      }
    } catch (error) {
      throw toSearchServiceError('lookup', error);
    }
    return chunks;
  }

  /** Every chunk matching `filter` (all when undefined), in key order, paged by key (no `skip` limit). */
  private async *scan(
    filter: string | undefined,
    select: readonly Field[],
  ): AsyncGenerator<StoredChunk & { rawKey: string }> {
    let after: string | undefined;
    for (;;) {
      const keyFilter = after === undefined ? undefined : odata`id gt ${after}`;
      const combined = filter && keyFilter ? `(${filter}) and ${keyFilter}` : (filter ?? keyFilter);
      const page: (StoredChunk & { rawKey: string })[] = [];
      try {
        const response = await this.client.search('*', {
          filter: combined,
          select: [...select],
          orderBy: ['id asc'],
          top: PAGE,
        });
        for await (const result of response.results) {
          page.push({ ...readChunk(result.document), rawKey: String(result.document.id) });
          if (page.length >= PAGE) break;
        }
      } catch (error) {
        throw toSearchServiceError('scan', error);
      }
      yield* page;
      if (page.length < PAGE) return;
      after = page[page.length - 1]!.rawKey;
    }
  }
}
