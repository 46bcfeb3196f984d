import type Database from 'better-sqlite3';

/**
 * The prepared best-first statements of the index, each prepared on first use and reused after. The ranked
 * ones take `@match`, `@limit`, `@offset` and the BM25 weights (`bm25WeightParams`) and order matches by BM25,
 * then row id.
 */
export class RankedStatements {
  private rankedPageStatement: Database.Statement | undefined;
  private rankedAccessStatement: Database.Statement | undefined;
  private rowsByIdStatement: Database.Statement | undefined;
  private rankedIdsStatement: Database.Statement | undefined;

  constructor(private readonly db: Database.Database) {}

  /** One page of matches best-first by BM25, with their chunk and document rows. */
  get rankedPage(): Database.Statement {
    this.rankedPageStatement ??= this.db.prepare(
      `SELECT c.rowid AS row_id, c.title AS search_title, c.chunk_id, c.heading, c.text, d.*, r.rank FROM (
         SELECT rowid, bm25(chunks_fts, @wt, @wh, @wx) AS rank FROM chunks_fts
         WHERE chunks_fts MATCH @match ORDER BY rank, rowid LIMIT @limit OFFSET @offset
       ) r JOIN chunks c ON c.rowid = r.rowid JOIN documents d ON d.doc_id = c.doc_id
       ORDER BY r.rank, r.rowid`,
    );
    return this.rankedPageStatement;
  }

  /** Matches best-first by BM25 with only what access checks need. */
  get rankedAccess(): Database.Statement {
    this.rankedAccessStatement ??= this.db.prepare(
      `SELECT r.rowid AS row_id, d.access, d.brand, d.language FROM (
         SELECT rowid, bm25(chunks_fts, @wt, @wh, @wx) AS rank FROM chunks_fts
         WHERE chunks_fts MATCH @match ORDER BY rank, rowid LIMIT @limit OFFSET @offset
       ) r JOIN chunks c ON c.rowid = r.rowid JOIN documents d ON d.doc_id = c.doc_id
       ORDER BY r.rank, r.rowid`,
    );
    return this.rankedAccessStatement;
  }

  /** Matches best-first by BM25: row ids only. */
  get rankedIds(): Database.Statement {
    this.rankedIdsStatement ??= this.db.prepare(
      `SELECT rowid AS row_id FROM chunks_fts WHERE chunks_fts MATCH @match
       ORDER BY bm25(chunks_fts, @wt, @wh, @wx), rowid LIMIT @limit OFFSET @offset`,
    );
    return this.rankedIdsStatement;
  }

  /** Whole hit rows for chunk row ids (`@ids`, a JSON array), rank 0. */
  get rowsById(): Database.Statement {
    this.rowsByIdStatement ??= this.db.prepare(
      `SELECT c.rowid AS row_id, c.title AS search_title, c.chunk_id, c.heading, c.text, d.*, 0 AS rank
       FROM chunks c JOIN documents d ON d.doc_id = c.doc_id
       WHERE c.rowid IN (SELECT value FROM json_each(@ids))`,
    );
    return this.rowsByIdStatement;
  }
}
