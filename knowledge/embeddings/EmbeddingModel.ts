/**
 * The seam to a text-embedding model. The knowledge index depends on this, never on an SDK.
 *
 * Contract: `embed` resolves with exactly one vector per input text, in input order, each of exactly
 * `dimensions` finite numbers (an empty input list resolves to `[]`). Implementations send at most 16 texts
 * per provider request and shorten over-long texts to a length the provider accepts (so the vector then
 * describes the beginning of the text). Failures reject with an `EmbeddingError` whose message never
 * contains a secret.
 */
export interface EmbeddingModel {
  /** Provenance label, e.g. `embedding:text-embedding-3-small`. */
  readonly name: string;
  /** Length of every vector `embed` returns; the index's vector field must have the same dimensions. */
  readonly dimensions: number;
  embed(texts: string[]): Promise<number[][]>;
}
