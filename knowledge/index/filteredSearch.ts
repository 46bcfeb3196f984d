import type Database from 'better-sqlite3';
import { bm25WeightParams, type Bm25Weights } from './bm25Weights';
import type { SearchOptions } from './SearchOptions';
import type { HitRow } from './toPassage';

/**
 * The best `top` matches of `match` (an FTS5 query) best-first by BM25, with access (the caller's principals),
 * brand isolation and filters checked inside the query, before `LIMIT`: for callers who read little of the
 * index.
 */
export function filteredSearch(
  db: Database.Database,
  match: string,
  top: number,
  options: SearchOptions,
  weights: Bm25Weights,
): HitRow[] {
  const where: string[] = [
    'chunks_fts MATCH @match',
    'c.doc_id IN (SELECT doc_id FROM doc_access WHERE principal IN (SELECT value FROM json_each(@principals)))',
  ];
  const params: Record<string, string | number> = {
    match,
    principals: JSON.stringify(options.principals),
    top,
    ...bm25WeightParams(weights),
  };
  if (options.brands) {
    where.push('d.brand IN (SELECT value FROM json_each(@brands))');
    params.brands = JSON.stringify(options.brands);
  }
  if (options.filters?.brand) {
    where.push('d.brand = @brand');
    params.brand = options.filters.brand;
  }
  if (options.filters?.language) {
    where.push('d.language = @language');
    params.language = options.filters.language;
  }
  return db
    .prepare(
      `SELECT c.rowid AS row_id, c.title AS search_title, c.chunk_id, c.heading, c.text, d.*,
              bm25(chunks_fts, @wt, @wh, @wx) AS rank
       FROM chunks_fts JOIN chunks c ON c.rowid = chunks_fts.rowid JOIN documents d ON d.doc_id = c.doc_id
       WHERE ${where.join(' AND ')}
       ORDER BY rank, c.rowid LIMIT @top`,
    )
    .all(params) as HitRow[];
}
