import type { Field, IndexDefinition } from './odataEdm';
import { ODataError, type Document } from './odataFilter';

/**
 * The vector half of the fake Azure AI Search: `vectorQueries` of `kind: 'vector'` as the REST API defines
 * them (`vector`, `fields` comma-separated, `k`; the SDK's `kNearestNeighborsCount` is accepted too),
 * exhaustive cosine kNN over the stored vectors scored `1 / (1 + (1 - cosine))` (0.333–1, as the service
 * documents for the cosine metric), `vectorFilterMode` (`preFilter`, the default: the filter narrows the
 * candidates before kNN; `postFilter`: kNN over everything, then the filter), and Reciprocal Rank Fusion of
 * several ranked lists (`1 / (60 + rank)` summed). Invalid queries throw ODataError (HTTP 400).
 */
export interface VectorQuery {
  readonly vector: readonly number[];
  readonly fields: readonly string[];
  readonly k: number;
}

export type Hit = { doc: Document; score: number };

/** Validated vector queries of a search request body; `[]` when it has none. */
export function parseVectorQueries(raw: unknown, index: IndexDefinition): VectorQuery[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) throw new ODataError("'vectorQueries' must be an array.");
  return raw.map((query: unknown, i) => {
    const q = (typeof query === 'object' && query !== null ? query : {}) as Record<string, unknown>;
    if (q.kind !== 'vector') {
      throw new ODataError(`vectorQueries[${i}]: kind '${String(q.kind)}' is not supported by this fake.`);
    }
    const vector = q.vector;
    if (!Array.isArray(vector) || vector.length === 0 || vector.some((n) => typeof n !== 'number')) {
      throw new ODataError(`vectorQueries[${i}]: 'vector' must be a non-empty array of numbers.`);
    }
    const names = typeof q.fields === 'string' ? q.fields.split(',').map((s) => s.trim()) : [];
    if (names.length === 0 || names.some((name) => !name))
      throw new ODataError(`vectorQueries[${i}]: 'fields' is required.`);
    for (const name of names) {
      const field = index.fields.find((f) => f.name === name);
      if (!field || field.type !== 'Collection(Edm.Single)' || !field.searchable) {
        throw new ODataError(`vectorQueries[${i}]: '${name}' is not a searchable vector field.`);
      }
      if (field.dimensions !== vector.length) {
        throw new ODataError(
          `The vector field '${name}' has ${field.dimensions} dimensions, but the query vector has ${vector.length}.`,
        );
      }
      metricOf(index, field);
    }
    const k = q.k ?? q.kNearestNeighborsCount ?? 50;
    if (!Number.isInteger(k) || (k as number) < 1)
      throw new ODataError(`vectorQueries[${i}]: 'k' must be a positive integer.`);
    return { vector: vector as number[], fields: names, k: k as number };
  });
}

/** `preFilter` (default) or `postFilter`; anything else throws. */
export function parseVectorFilterMode(raw: unknown): 'preFilter' | 'postFilter' {
  if (raw === undefined || raw === null || raw === 'preFilter') return 'preFilter';
  if (raw === 'postFilter') return 'postFilter';
  throw new ODataError(`vectorFilterMode '${String(raw)}' is not supported by this fake.`);
}

function metricOf(index: IndexDefinition, field: Field): 'cosine' {
  const profile = index.vectorSearch?.profiles?.find((p) => p.name === field.vectorSearchProfile);
  const algorithm = index.vectorSearch?.algorithms?.find((a) => a.name === profile?.algorithm);
  const metric = algorithm?.hnswParameters?.metric ?? 'cosine';
  if (metric !== 'cosine') throw new ODataError(`Vector metric '${metric}' is not supported by this fake.`);
  return metric;
}

const norms = new WeakMap<readonly number[], number>();
const norm = (vector: readonly number[]): number => {
  let n = norms.get(vector);
  if (n === undefined) {
    n = Math.sqrt(vector.reduce((sum, x) => sum + x * x, 0));
    norms.set(vector, n);
  }
  return n;
};

/** The `k` documents nearest to `query.vector` in `field` (documents without a vector are skipped), best first. */
export function nearest(docs: readonly Document[], query: VectorQuery, field: string): Hit[] {
  const queryNorm = norm(query.vector);
  const hits: Hit[] = [];
  for (const doc of docs) {
    const stored = doc[field];
    if (!Array.isArray(stored) || stored.length !== query.vector.length) continue;
    const length = norm(stored as number[]) * queryNorm;
    let dot = 0;
    for (let i = 0; i < stored.length; i += 1) dot += (stored[i] as number) * query.vector[i]!;
    const cosine = length === 0 ? 0 : dot / length;
    hits.push({ doc, score: 1 / (1 + (1 - cosine)) });
  }
  return hits.sort((a, b) => b.score - a.score).slice(0, query.k);
}

/** Reciprocal Rank Fusion: each document scores the sum of `1 / (k + rank)` (rank from 1) over the lists. */
export function fuseRanks(lists: readonly (readonly Hit[])[], k = 60): Hit[] {
  const fused = new Map<Document, number>();
  for (const list of lists) {
    list.forEach(({ doc }, i) => fused.set(doc, (fused.get(doc) ?? 0) + 1 / (k + i + 1)));
  }
  return [...fused].map(([doc, score]) => ({ doc, score })).sort((a, b) => b.score - a.score);
}
