import type { DocumentMeta } from './DocumentMeta';
import type { Passage } from './Passage';

/** A row of the `documents` table as SQLite returns it. */
export interface DocumentRow {
  doc_id: string;
  title: string;
  url: string;
  brand: string;
  language: string;
  modified: string;
  content_hash: string;
  access: string;
  permissions_read_at: string | null;
  sensitivity_label: string | null;
}

/** What access checks read of a ranked match. */
export interface AccessRow {
  row_id: number;
  access: string;
  brand: string;
  language: string;
}

/** A ranked match: its chunk row, its document row and its BM25 rank (lower is better). */
export interface HitRow extends DocumentRow {
  row_id: number;
  search_title: string;
  chunk_id: string;
  heading: string;
  text: string;
  rank: number;
}

/** The passage of a ranked match; its score is the negated BM25 rank (higher is better). */
export function toPassage(row: HitRow): Passage {
  return { ...toMeta(row), chunkId: row.chunk_id, heading: row.heading, text: row.text, score: -row.rank };
}

/**
 * The metadata of a document row: the access list parsed from its JSON; `permissionsReadAt` and
 * `sensitivityLabel` only when set.
 */
export function toMeta(row: DocumentRow): DocumentMeta {
  return {
    docId: row.doc_id,
    title: row.title,
    url: row.url,
    brand: row.brand,
    language: row.language,
    modified: row.modified,
    access: JSON.parse(row.access) as string[],
    ...(row.permissions_read_at === null ? {} : { permissionsReadAt: row.permissions_read_at }),
    ...(row.sensitivity_label === null || row.sensitivity_label === undefined
      ? {}
      : { sensitivityLabel: row.sensitivity_label }),
  };
}
