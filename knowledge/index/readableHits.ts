import type Database from 'better-sqlite3';
import { bm25WeightParams, type Bm25Weights } from './bm25Weights';

/** Ranked matches read per page before access checks: `top` times this, at least `PAGE_MIN`. */
export const PAGE_FACTOR = 8;
export const PAGE_MIN = 64;
/** Pages read before falling back to access filtering inside the query. */
export const MAX_PAGES = 3;

/**
 * The best `wanted` rows of `ranked` (a best-first statement over `match`, see `RankedStatements`) that
 * `admits` lets through, read in pages of `page` rows, at most `MAX_PAGES`; `exhausted` when every match was
 * read.
 */
export function readableHits<Row>(
  ranked: Database.Statement,
  match: string,
  wanted: number,
  page: number,
  admits: (row: Row) => boolean,
  weights: Bm25Weights,
): { rows: Row[]; exhausted: boolean } {
  const rows: Row[] = [];
  for (let offset = 0; offset < page * MAX_PAGES && rows.length < wanted; offset += page) {
    const batch = ranked.all({ match, limit: page, offset, ...bm25WeightParams(weights) }) as Row[];
    for (const row of batch) if (admits(row) && rows.length < wanted) rows.push(row);
    if (batch.length < page) return { rows, exhausted: true };
  }
  return { rows, exhausted: false };
}
