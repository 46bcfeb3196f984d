import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { DocumentMeta, IndexedDocument, KnowledgeIndex, Passage, SearchOptions } from '../types';
import { FUNCTION_WORDS } from '../answer/stopWords';
import { ftsQuery } from './ftsQuery';
import { locationWords } from './locationWords';
import { SCHEMA_SQL, SCHEMA_VERSION } from './sqliteSchema';

export interface SqliteIndexOptions {
  /** Path of the SQLite file; its folder is created when missing. `:memory:` for a throwaway index. */
  readonly file: string;
  /**
   * BM25 column weights for title, heading and text. Default [2, 1.5, 1]: a query word in a document's
   * title or section heading counts more than one in its body.
   */
  readonly weights?: readonly [number, number, number];
}

const DEFAULT_TOP = 8;
const MAX_TOP = 1000;
/** Ranked matches read per page before access checks: `top` times this, at least `PAGE_MIN`. */
const PAGE_FACTOR = 8;
const PAGE_MIN = 64;
/** Pages read before falling back to access filtering inside the query. */
const MAX_PAGES = 3;

interface DocumentRow {
  doc_id: string;
  title: string;
  url: string;
  brand: string;
  language: string;
  modified: string;
  content_hash: string;
  access: string;
  permissions_read_at: string | null;
}
interface HitRow extends DocumentRow {
  chunk_id: string;
  heading: string;
  text: string;
  rank: number;
}

/**
 * The embedded knowledge index: one SQLite file, FTS5 with BM25 ranking.
 * Every `upsert`/`delete` is one transaction, so a process killed at any point leaves either the old or the
 * new version of a document, never a mix. `top` counts only passages the caller may read: matches are ranked
 * first and checked against the caller's principals before any is returned (see `searchSync`).
 */
export class SqliteIndex implements KnowledgeIndex {
  private readonly db: Database.Database;
  private readonly weights: readonly [number, number, number];
  private rankedPageStatement: Database.Statement | undefined;

  constructor(options: SqliteIndexOptions) {
    if (options.file !== ':memory:')
      fs.mkdirSync(path.dirname(path.resolve(options.file)), { recursive: true });
    this.db = new Database(options.file);
    this.weights = options.weights ?? [2, 1.5, 1];
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
    this.migrate();
  }

  private migrate(): void {
    const hasMeta = this.db
      .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'index_meta'")
      .get();
    const version = hasMeta
      ? (this.db.prepare("SELECT value FROM index_meta WHERE key = 'schema'").get() as
          { value: string } | undefined)
      : undefined;
    if (hasMeta && version?.value !== SCHEMA_VERSION) {
      this.db.exec(
        'DROP TABLE IF EXISTS chunks_fts; DROP TABLE IF EXISTS chunks; DROP TABLE IF EXISTS doc_access; DROP TABLE IF EXISTS documents; DROP TABLE IF EXISTS index_meta;',
      );
    }
    this.db.exec(SCHEMA_SQL);
    this.db.prepare("INSERT OR REPLACE INTO index_meta(key, value) VALUES ('schema', ?)").run(SCHEMA_VERSION);
  }

  async upsert(doc: IndexedDocument): Promise<void> {
    this.upsertSync(doc);
  }

  /** Synchronous form of `upsert`, for bulk loads that batch many documents in one transaction. */
  upsertSync(doc: IndexedDocument): void {
    this.db.transaction(() => {
      this.deleteRows(doc.docId);
      this.db
        .prepare(
          'INSERT INTO documents(doc_id, title, url, brand, language, modified, content_hash, access, permissions_read_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
        )
        .run(
          doc.docId,
          doc.title,
          doc.url,
          doc.brand,
          doc.language,
          doc.modified,
          doc.contentHash,
          JSON.stringify(doc.access),
          doc.permissionsReadAt ?? null,
        );
      const addAccess = this.db.prepare('INSERT OR IGNORE INTO doc_access(principal, doc_id) VALUES (?, ?)');
      for (const principal of doc.access) addAccess.run(principal, doc.docId);
      const addChunk = this.db.prepare(
        'INSERT INTO chunks(chunk_id, doc_id, ordinal, title, heading, text) VALUES (?, ?, ?, ?, ?, ?)',
      );
      // The title column also holds the words of the document's location (folders and file name): they
      // name what a library or folder is about, and are searched with the title's weight.
      const searchTitle = `${doc.title} ${locationWords(doc.docId)}`.trim();
      for (const chunk of doc.chunks) {
        addChunk.run(chunk.chunkId, doc.docId, chunk.ordinal, searchTitle, chunk.heading, chunk.text);
      }
    })();
  }

  /** Runs `work` in one transaction (nested upserts become savepoints). */
  transaction(work: () => void): void {
    this.db.transaction(work)();
  }

  async delete(docId: string): Promise<void> {
    this.db.transaction(() => this.deleteRows(docId))();
  }

  private deleteRows(docId: string): void {
    this.db.prepare('DELETE FROM chunks WHERE doc_id = ?').run(docId);
    this.db.prepare('DELETE FROM doc_access WHERE doc_id = ?').run(docId);
    this.db.prepare('DELETE FROM documents WHERE doc_id = ?').run(docId);
  }

  async search(query: string, options: SearchOptions): Promise<Passage[]> {
    return this.searchSync(query, options);
  }

  /** Synchronous form of `search` (same contract), for benchmarks. */
  searchSync(query: string, options: SearchOptions): Passage[] {
    const match = ftsQuery(query, undefined, FUNCTION_WORDS);
    if (!match || options.principals.length === 0) return [];
    const top = Math.min(Math.max(1, Math.floor(options.top ?? DEFAULT_TOP)), MAX_TOP);
    const readable = new Set(options.principals);
    const { brand, language } = options.filters ?? {};
    const admits = (row: HitRow): boolean =>
      (brand === undefined || row.brand === brand) &&
      (language === undefined || row.language === language) &&
      (JSON.parse(row.access) as string[]).some((principal) => readable.has(principal));
    // Rank first, read access second: FTS5 orders the matches by BM25 on its own (no join per match), then
    // the best pages of hits are joined and checked against the caller's principals until `top` are readable.
    // A caller who may read only a sparse part of the index falls back to filtering inside the query.
    const page = Math.max(PAGE_MIN, top * PAGE_FACTOR);
    const hits: HitRow[] = [];
    for (let offset = 0; offset < page * MAX_PAGES && hits.length < top; offset += page) {
      const rows = this.rankedPage.all({ match, limit: page, offset, ...this.weightParams() }) as HitRow[];
      for (const row of rows) if (admits(row) && hits.length < top) hits.push(row);
      if (rows.length < page) return hits.map(toPassage);
    }
    if (hits.length >= top) return hits.map(toPassage);
    return this.filteredSearch(match, top, options).map(toPassage);
  }

  private weightParams(): { wt: number; wh: number; wx: number } {
    return { wt: this.weights[0], wh: this.weights[1], wx: this.weights[2] };
  }

  /** One page of matches best-first by BM25, with their chunk and document rows. */
  private get rankedPage(): Database.Statement {
    this.rankedPageStatement ??= this.db.prepare(
      `SELECT c.chunk_id, c.heading, c.text, d.*, r.rank FROM (
         SELECT rowid, bm25(chunks_fts, @wt, @wh, @wx) AS rank FROM chunks_fts
         WHERE chunks_fts MATCH @match ORDER BY rank, rowid LIMIT @limit OFFSET @offset
       ) r JOIN chunks c ON c.rowid = r.rowid JOIN documents d ON d.doc_id = c.doc_id
       ORDER BY r.rank, r.rowid`,
    );
    return this.rankedPageStatement;
  }

  /** Access (and filters) checked inside the query, before `LIMIT`: for callers who read little of the index. */
  private filteredSearch(match: string, top: number, options: SearchOptions): HitRow[] {
    const where: string[] = [
      'chunks_fts MATCH @match',
      'c.doc_id IN (SELECT doc_id FROM doc_access WHERE principal IN (SELECT value FROM json_each(@principals)))',
    ];
    const params: Record<string, string | number> = {
      match,
      principals: JSON.stringify(options.principals),
      top,
      ...this.weightParams(),
    };
    if (options.filters?.brand) {
      where.push('d.brand = @brand');
      params.brand = options.filters.brand;
    }
    if (options.filters?.language) {
      where.push('d.language = @language');
      params.language = options.filters.language;
    }
    return this.db
      .prepare(
        `SELECT c.chunk_id, c.heading, c.text, d.*, bm25(chunks_fts, @wt, @wh, @wx) AS rank
         FROM chunks_fts JOIN chunks c ON c.rowid = chunks_fts.rowid JOIN documents d ON d.doc_id = c.doc_id
         WHERE ${where.join(' AND ')}
         ORDER BY rank, c.rowid LIMIT @top`,
      )
      .all(params) as HitRow[];
  }

  async getDocument(docId: string): Promise<(DocumentMeta & { contentHash: string }) | undefined> {
    const row = this.db.prepare('SELECT * FROM documents WHERE doc_id = ?').get(docId) as
      DocumentRow | undefined;
    return row ? { ...toMeta(row), contentHash: row.content_hash } : undefined;
  }

  /** The chunks of one document in order (for the local document viewer). */
  async getChunks(docId: string): Promise<{ chunkId: string; heading: string; text: string }[]> {
    return this.db
      .prepare('SELECT chunk_id AS chunkId, heading, text FROM chunks WHERE doc_id = ? ORDER BY ordinal')
      .all(docId) as { chunkId: string; heading: string; text: string }[];
  }

  async listHashes(): Promise<Map<string, string>> {
    const rows = this.db.prepare('SELECT doc_id, content_hash FROM documents').all() as DocumentRow[];
    return new Map(rows.map((row) => [row.doc_id, row.content_hash]));
  }

  /** Counts for status output and tests. */
  stats(): { documents: number; chunks: number } {
    const documents = (this.db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
    const chunks = (this.db.prepare('SELECT count(*) AS n FROM chunks').get() as { n: number }).n;
    return { documents, chunks };
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

function toPassage(row: HitRow): Passage {
  return { ...toMeta(row), chunkId: row.chunk_id, heading: row.heading, text: row.text, score: -row.rank };
}

function toMeta(row: DocumentRow): DocumentMeta {
  return {
    docId: row.doc_id,
    title: row.title,
    url: row.url,
    brand: row.brand,
    language: row.language,
    modified: row.modified,
    access: JSON.parse(row.access) as string[],
    ...(row.permissions_read_at === null ? {} : { permissionsReadAt: row.permissions_read_at }),
  };
}
