/** One retrievable unit of a document: a heading-delimited section, split further when long. */
export interface Chunk {
  /** Stable id: the same document text always yields the same chunk ids. */
  readonly chunkId: string;
  readonly docId: string;
  /** Position of the chunk in its document, from 0. */
  readonly ordinal: number;
  /** Heading path of the section, e.g. `Brake testing > Fade test`; empty before the first heading. */
  readonly heading: string;
  readonly text: string;
}
