import type Database from 'better-sqlite3';
import { PreparedStatements } from './PreparedStatements';

/**
 * `columns` of the chunk (`c`), its document (`d`) and the ranked match (`r`) for one page of full-text matches
 * best-first by BM25, then row id. Takes `@match`, `@limit`, `@offset` and the BM25 weights.
 */
function rankedMatches(columns: string): string {
  return `SELECT ${columns} FROM (
     SELECT rowid, bm25(chunks_fts, @wt, @wh, @wx) AS rank FROM chunks_fts
     WHERE chunks_fts MATCH @match ORDER BY rank, rowid LIMIT @limit OFFSET @offset
   ) r JOIN chunks c ON c.rowid = r.rowid JOIN documents d ON d.doc_id = c.doc_id
   ORDER BY r.rank, r.rowid`;
}

const SQL = {
  rankedPage: rankedMatches(
    'c.rowid AS row_id, c.title AS search_title, c.chunk_id, c.heading, c.text, d.*, r.rank',
  ),
  rankedAccess: rankedMatches('r.rowid AS row_id, d.access, d.brand, d.language'),
  rankedIds: `SELECT rowid AS row_id FROM chunks_fts WHERE chunks_fts MATCH @match
     ORDER BY bm25(chunks_fts, @wt, @wh, @wx), rowid LIMIT @limit OFFSET @offset`,
  rowsById: `SELECT c.rowid AS row_id, c.title AS search_title, c.chunk_id, c.heading, c.text, d.*, 0 AS rank
     FROM chunks c JOIN documents d ON d.doc_id = c.doc_id
     WHERE c.rowid IN (SELECT value FROM json_each(@ids))`,
} as const;

/**
 * The prepared best-first statements of the index, each prepared on first use and reused after. The ranked
 * ones take `@match`, `@limit`, `@offset` and the BM25 weights (`bm25WeightParams`) and order matches by BM25,
 * then row id.
 */
export class RankedStatements extends PreparedStatements {
  /** One page of matches best-first by BM25, with their chunk and document rows. */
  get rankedPage(): Database.Statement {
    return this.statement(SQL.rankedPage);
  }

  /** Matches best-first by BM25 with only what access checks need. */
  get rankedAccess(): Database.Statement {
    return this.statement(SQL.rankedAccess);
  }

  /** Matches best-first by BM25: row ids only. */
  get rankedIds(): Database.Statement {
    return this.statement(SQL.rankedIds);
  }

  /** Whole hit rows for chunk row ids (`@ids`, a JSON array), rank 0. */
  get rowsById(): Database.Statement {
    return this.statement(SQL.rowsById);
  }
}
