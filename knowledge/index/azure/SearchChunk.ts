import { chunkEmbeddingText } from '../../embeddings/chunkEmbeddingText';
import type { EmbeddingModel } from '../../embeddings/EmbeddingModel';
import type { DocumentMeta } from '../DocumentMeta';
import type { IndexedDocument } from '../IndexedDocument';
import type { Passage } from '../Passage';
import { fromDocumentKey, toDocumentKey } from './documentKey';
import { languageFieldValues, type LanguageField } from './languageFields';

/**
 * One search document of the knowledge index: a chunk with its document's metadata (see infra/search), and its
 * heading and text again in the field of its document's language (`languageFieldValues`; never read back).
 */
export interface SearchChunk extends Partial<Record<LanguageField, string | null>> {
  /** Document key: the chunk id, see `toDocumentKey`. */
  id: string;
  docId: string;
  title: string;
  heading: string;
  content: string;
  url: string;
  accessPrincipals: string[];
  brand: string;
  language: string;
  /** UTC ISO 8601; null when the document's `modified` is not a valid date. */
  modified: string | null;
  contentHash: string;
  ordinal: number;
  /** UTC ISO 8601 time the access list of this version was read; null when unknown. */
  permissionsReadAt: string | null;
  /** The document's sensitivity label as its source gave it (see `DocumentMeta.sensitivityLabel`); null when none. */
  sensitivityLabel: string | null;
  /** Embedding of title, heading and text; only when the index has an embedding model. Never read back. */
  contentVector?: number[];
}

/** Fields read back for passages and document lookups (everything but the vector). */
export const CHUNK_FIELDS = [
  'id',
  'docId',
  'title',
  'heading',
  'content',
  'url',
  'accessPrincipals',
  'brand',
  'language',
  'modified',
  'contentHash',
  'ordinal',
  'permissionsReadAt',
  'sensitivityLabel',
] as const;

/** The search documents of one indexed document, in chunk order. */
export function toSearchChunks(doc: IndexedDocument): SearchChunk[] {
  const modified = isoOrNull(doc.modified);
  const permissionsReadAt = doc.permissionsReadAt === undefined ? null : isoOrNull(doc.permissionsReadAt);
  return doc.chunks.map((chunk) => ({
    id: toDocumentKey(chunk.chunkId),
    docId: doc.docId,
    title: doc.title,
    heading: chunk.heading,
    content: chunk.text,
    url: doc.url,
    accessPrincipals: [...doc.access],
    brand: doc.brand,
    language: doc.language,
    modified,
    contentHash: doc.contentHash,
    ordinal: chunk.ordinal,
    permissionsReadAt,
    sensitivityLabel: doc.sensitivityLabel ?? null,
    ...languageFieldValues(doc.language, chunk.heading, chunk.text),
  }));
}

function isoOrNull(value: string): string | null {
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

/** Sets `contentVector` on every chunk, embedding them in the model's batches. */
export async function addVectors(model: EmbeddingModel, chunks: SearchChunk[]): Promise<void> {
  const vectors = await model.embed(
    chunks.map((chunk) => chunkEmbeddingText(chunk.title, chunk.heading, chunk.content)),
  );
  chunks.forEach((chunk, i) => {
    chunk.contentVector = vectors[i];
  });
}

/**
 * A search document as read back, made safe: the SDK turns strings that look like ISO dates into `Date`
 * and `NaN`/`INF` into numbers, so every text field is coerced back to a string here.
 */
export interface StoredChunk extends DocumentMeta {
  readonly chunkId: string;
  readonly heading: string;
  readonly text: string;
  readonly contentHash: string;
  readonly ordinal: number;
}

export function readChunk(raw: unknown): StoredChunk {
  const doc = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const access = Array.isArray(doc.accessPrincipals) ? doc.accessPrincipals.map(asText) : [];
  const permissionsReadAt = asTime(doc.permissionsReadAt);
  const sensitivityLabel = asText(doc.sensitivityLabel);
  return {
    chunkId: fromDocumentKey(asText(doc.id)),
    docId: asText(doc.docId),
    title: asText(doc.title),
    url: asText(doc.url),
    access,
    brand: asText(doc.brand),
    language: asText(doc.language),
    modified: asTime(doc.modified),
    heading: asText(doc.heading),
    text: asText(doc.content),
    contentHash: asText(doc.contentHash),
    ordinal: typeof doc.ordinal === 'number' ? doc.ordinal : 0,
    ...(permissionsReadAt ? { permissionsReadAt } : {}),
    ...(sensitivityLabel ? { sensitivityLabel } : {}),
  };
}

export function toMeta(chunk: StoredChunk): DocumentMeta {
  const { docId, title, url, access, brand, language, modified, permissionsReadAt, sensitivityLabel } = chunk;
  return {
    docId,
    title,
    url,
    access,
    brand,
    language,
    modified,
    ...(permissionsReadAt ? { permissionsReadAt } : {}),
    ...(sensitivityLabel ? { sensitivityLabel } : {}),
  };
}

export function toPassage(chunk: StoredChunk, score: number): Passage {
  const { chunkId, heading, text } = chunk;
  return { ...toMeta(chunk), chunkId, heading, text, score };
}

function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return 'NaN';
    if (value === Infinity) return 'INF';
    if (value === -Infinity) return '-INF';
    return String(value);
  }
  return '';
}

function asTime(value: unknown): string {
  const time = value instanceof Date ? value.getTime() : typeof value === 'string' ? Date.parse(value) : NaN;
  return Number.isNaN(time) ? '' : new Date(time).toISOString();
}
