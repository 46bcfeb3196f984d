import type { DocumentMeta } from './DocumentMeta';

/** A search hit. */
export interface Passage extends DocumentMeta {
  readonly chunkId: string;
  readonly heading: string;
  readonly text: string;
  /** Higher is better; comparable only within one result list. */
  readonly score: number;
}
