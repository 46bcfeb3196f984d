import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { DocumentMeta } from './DocumentMeta';
import type { IndexedDocument } from './IndexedDocument';
import type { KnowledgeIndex } from './KnowledgeIndex';
import type { Passage } from './Passage';
import type { SearchOptions } from './SearchOptions';
import { FUNCTION_WORDS } from '../answer/stopWords';
import { detectLanguage } from '../language/detectLanguage';
import { foldWord } from '../language/foldWord';
import { toLanguage, type Language } from '../language/languages';
import { porterStem } from '../language/porterStem';
import { searchForms } from '../language/searchForms';
import { stemmerFor } from '../language/stemmerFor';
import { ftsWords, matchAny } from './ftsQuery';
import { locationWords } from './locationWords';
import { SCHEMA_SQL, SCHEMA_VERSION } from './sqliteSchema';
import { TermRescorer, type QueryTerm } from './TermRescorer';
import { ChunkAccessCache, type ChunkAccess } from './ChunkAccessCache';

export interface SqliteIndexOptions {
  /** Path of the SQLite file; its folder is created when missing. `:memory:` for a throwaway index. */
  readonly file: string;
  /**
   * BM25 column weights for title, heading and text. Default [2, 1.5, 1]: a query word in a document's
   * title or section heading counts more than one in its body.
   */
  readonly weights?: readonly [number, number, number];
  /**
   * Queries whose words occur in more rows than this together are answered in two steps (`rescoredSearch`).
   * Default 20,000; tests lower it to run the two-step search on small indexes.
   */
  readonly twoStepAboveRows?: number;
}

const DEFAULT_TOP = 8;
const MAX_TOP = 1000;
/** Ranked matches read per page before access checks: `top` times this, at least `PAGE_MIN`. */
const PAGE_FACTOR = 8;
const PAGE_MIN = 64;
/** Pages read before falling back to access filtering inside the query. */
const MAX_PAGES = 3;
/**
 * Default for `twoStepAboveRows`: ranking every row that holds a common word costs about a microsecond per
 * row, so queries matching more rows than this go through the two-step search.
 */
const TWO_STEP_ABOVE_ROWS = 20_000;
/**
 * In two-step search, the terms that select candidates: those held by at most this share of rows, and at
 * least the `SELECTING_MIN` rarest.
 */
const RARE_SHARE = 0.02;
const SELECTING_MIN = 2;
/** Candidates rescored in two-step search: `top` times this, at least `CANDIDATES_MIN`. */
const CANDIDATE_FACTOR = 2;
const CANDIDATES_MIN = 100;

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
  sensitivity_label: string | null;
}
/** What access checks read of a ranked match. */
interface AccessRow {
  row_id: number;
  access: string;
  brand: string;
  language: string;
}
interface HitRow extends DocumentRow {
  row_id: number;
  search_title: string;
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
  private readonly rescorer: TermRescorer;
  private readonly chunkAccess: ChunkAccessCache;
  private readonly twoStepAboveRows: number;
  private rankedPageStatement: Database.Statement | undefined;
  private rankedAccessStatement: Database.Statement | undefined;
  private rowsByIdStatement: Database.Statement | undefined;
  private rankedIdsStatement: Database.Statement | undefined;
  private vocabStatement: Database.Statement | undefined;

  constructor(options: SqliteIndexOptions) {
    if (options.file !== ':memory:')
      fs.mkdirSync(path.dirname(path.resolve(options.file)), { recursive: true });
    this.db = new Database(options.file);
    this.weights = options.weights ?? [2, 1.5, 1];
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
    this.migrate();
    this.rescorer = new TermRescorer(this.db, this.weights);
    this.chunkAccess = new ChunkAccessCache(this.db);
    this.twoStepAboveRows = options.twoStepAboveRows ?? TWO_STEP_ABOVE_ROWS;
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
        'DROP TABLE IF EXISTS chunks_vocab; DROP TABLE IF EXISTS chunks_fts; DROP TABLE IF EXISTS chunks; DROP TABLE IF EXISTS doc_access; DROP TABLE IF EXISTS documents; DROP TABLE IF EXISTS index_meta;',
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
    this.rescorer.invalidate();
    this.chunkAccess.invalidate();
    this.db.transaction(() => {
      this.deleteRows(doc.docId);
      this.db
        .prepare(
          'INSERT INTO documents(doc_id, title, url, brand, language, modified, content_hash, access, permissions_read_at, sensitivity_label) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
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
          doc.sensitivityLabel ?? null,
        );
      const addAccess = this.db.prepare('INSERT OR IGNORE INTO doc_access(principal, doc_id) VALUES (?, ?)');
      for (const principal of doc.access) addAccess.run(principal, doc.docId);
      const addChunk = this.db.prepare(
        'INSERT INTO chunks(chunk_id, doc_id, ordinal, title, heading, text, search_text) VALUES (?, ?, ?, ?, ?, ?, ?)',
      );
      // The title column also holds the words of the document's location (folders and file name): they
      // name what a library or folder is about, and are searched with the title's weight.
      const searchTitle = `${doc.title} ${locationWords(doc.docId)}`.trim();
      const language = toLanguage(doc.language);
      const known = language && language !== 'en' ? this.vocabulary(doc, language) : undefined;
      for (const chunk of doc.chunks) {
        // A non-English chunk is also searched by its words' stems in its own language and its compounds' parts.
        const forms =
          language && known
            ? searchForms(`${doc.title}\n${chunk.heading}\n${chunk.text}`, language, known)
            : [];
        const searchText = forms.length > 0 ? `${chunk.text}\n${forms.join(' ')}` : null;
        addChunk.run(
          chunk.chunkId,
          doc.docId,
          chunk.ordinal,
          searchTitle,
          chunk.heading,
          chunk.text,
          searchText,
        );
      }
    })();
  }

  /**
   * Whether a stem (in `language`, folded) is a word of the document or of the index: the vocabulary compound
   * words are split against.
   */
  private vocabulary(doc: IndexedDocument, language: Language): (stem: string) => boolean {
    const stem = stemmerFor(language);
    const own = new Set<string>();
    if (stem)
      for (const chunk of doc.chunks)
        for (const [word] of `${chunk.heading} ${chunk.text}`.toLowerCase().matchAll(/\p{L}[\p{L}\p{M}]*/gu))
          own.add(foldWord(stem(word)));
    return (form) => own.has(form) || this.indexes(form);
  }

  /** Whether the index holds a form (its Porter stem is a term of `chunks_vocab`). */
  private indexes(form: string): boolean {
    this.vocabStatement ??= this.db.prepare('SELECT 1 FROM chunks_vocab WHERE term = ? LIMIT 1');
    return this.vocabStatement.get(porterStem(form)) !== undefined;
  }

  /** Runs `work` in one transaction (nested upserts become savepoints). */
  transaction(work: () => void): void {
    this.db.transaction(work)();
  }

  async delete(docId: string): Promise<void> {
    this.rescorer.invalidate();
    this.chunkAccess.invalidate();
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
    // A question in another language than English is also searched by its words' stems in that language and
    // by the parts of its compounds found in the index (the question's language: given, else detected).
    const queryLanguage = toLanguage(options.queryLanguage) ?? detectLanguage(query);
    const forms = queryLanguage ? searchForms(query, queryLanguage, (form) => this.indexes(form)) : [];
    const words = ftsWords(
      forms.length > 0 ? `${query} ${forms.join(' ')}` : query,
      undefined,
      FUNCTION_WORDS,
    );
    const match = matchAny(words);
    if (!match || options.principals.length === 0 || options.brands?.length === 0) return [];
    const top = Math.min(Math.max(1, Math.floor(options.top ?? DEFAULT_TOP)), MAX_TOP);
    const admitsAccess = this.admitter(options);
    const admits = (row: AccessRow): boolean =>
      admitsAccess({ access: JSON.parse(row.access) as string[], brand: row.brand, language: row.language });
    const terms = this.rescorer.terms(words);
    if (terms.reduce((rows, term) => rows + term.rows, 0) > this.twoStepAboveRows) {
      const rescored = this.rescoredSearch(terms, top, admits, admitsAccess);
      if (rescored) return rescored;
    }
    // Rank first, read access second: FTS5 orders the matches by BM25 on its own (no join per match), then
    // the best pages of hits are joined and checked against the caller's principals until `top` are readable.
    // A caller who may read only a sparse part of the index falls back to filtering inside the query.
    const hits = this.readableHits<HitRow>(
      this.rankedPage,
      match,
      top,
      Math.max(PAGE_MIN, top * PAGE_FACTOR),
      admits,
    );
    if (hits.rows.length >= top || hits.exhausted) return hits.rows.map(toPassage);
    return this.filteredSearch(match, top, options).map(toPassage);
  }

  /**
   * Two-step search for queries with common words. Candidates: the best readable rows (at least 100, or
   * twice `top`) by BM25 over the query's rare terms alone (held by at most 2 % of rows, at least the two
   * rarest), whose rows are few; a row that holds only common words scores too little to rank. Then each
   * candidate gets the score `bm25()` gives it for the whole query (`TermRescorer`, same statistics as FTS5),
   * and the best `top` are returned. Undefined (the caller runs the one-step search) when fewer than `top`
   * readable candidates are found. Quality and speed: `npm run bench:retrieval`, `npm run bench:scale`.
   */
  private rescoredSearch(
    terms: readonly QueryTerm[],
    top: number,
    admits: (row: AccessRow) => boolean,
    admitsAccess: (row: ChunkAccess) => boolean,
  ): Passage[] | undefined {
    const total = this.rescorer.rowTotal();
    const byRarity = [...terms].sort((a, b) => a.rows - b.rows);
    const rare = byRarity.filter((term) => term.rows <= RARE_SHARE * total);
    const selecting = rare.length >= SELECTING_MIN ? rare : byRarity.slice(0, SELECTING_MIN);
    const match = matchAny(selecting.map((term) => term.word));
    if (!match) return undefined;
    // Candidates by row id and access only; their text is read for the readable ones alone.
    const wanted = Math.max(CANDIDATES_MIN, top * CANDIDATE_FACTOR);
    const page = wanted * PAGE_FACTOR;
    // With every chunk's access in memory, ranked row ids alone are read; else access is joined in SQL.
    const accessOf = this.chunkAccess.current();
    const readable = (row: AccessRow): boolean => {
      if (!accessOf) return admits(row);
      const access = accessOf.get(row.row_id);
      return access !== undefined && admitsAccess(access);
    };
    const ranked = accessOf ? this.rankedIds : this.rankedAccess;
    const ids = this.readableHits(ranked, match, wanted, page, readable).rows.map((row) => row.row_id);
    if (ids.length < top) return undefined;
    const rows = this.rowsById.all({ ids: JSON.stringify(ids) }) as HitRow[];
    const scores = this.rescorer.score(
      terms,
      rows.map((row) => ({
        rowid: row.row_id,
        title: row.search_title,
        heading: row.heading,
        text: row.text,
      })),
    );
    return rows
      .map((row, i) => ({ row, score: scores[i] ?? 0 }))
      .sort((a, b) => b.score - a.score || a.row.row_id - b.row.row_id)
      .slice(0, top)
      .map(({ row, score }) => ({ ...toPassage(row), score }));
  }

  /** Matches best-first by BM25 with only what access checks need. */
  private get rankedAccess(): Database.Statement {
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
  private get rankedIds(): Database.Statement {
    this.rankedIdsStatement ??= this.db.prepare(
      `SELECT rowid AS row_id FROM chunks_fts WHERE chunks_fts MATCH @match
       ORDER BY bm25(chunks_fts, @wt, @wh, @wx), rowid LIMIT @limit OFFSET @offset`,
    );
    return this.rankedIdsStatement;
  }

  /** Whole hit rows for chunk row ids (a JSON array), rank 0. */
  private get rowsById(): Database.Statement {
    this.rowsByIdStatement ??= this.db.prepare(
      `SELECT c.rowid AS row_id, c.title AS search_title, c.chunk_id, c.heading, c.text, d.*, 0 AS rank
       FROM chunks c JOIN documents d ON d.doc_id = c.doc_id
       WHERE c.rowid IN (SELECT value FROM json_each(@ids))`,
    );
    return this.rowsByIdStatement;
  }

  /**
   * The best `wanted` rows of `ranked` (a best-first statement over `match`) that `admits` lets through,
   * read in pages of `page` rows, at most `MAX_PAGES`; `exhausted` when every match was read.
   */
  private readableHits<Row>(
    ranked: Database.Statement,
    match: string,
    wanted: number,
    page: number,
    admits: (row: Row) => boolean,
  ): { rows: Row[]; exhausted: boolean } {
    const rows: Row[] = [];
    for (let offset = 0; offset < page * MAX_PAGES && rows.length < wanted; offset += page) {
      const batch = ranked.all({ match, limit: page, offset, ...this.weightParams() }) as Row[];
      for (const row of batch) if (admits(row) && rows.length < wanted) rows.push(row);
      if (batch.length < page) return { rows, exhausted: true };
    }
    return { rows, exhausted: false };
  }

  /**
   * Whether a document's access list, brand and language pass the caller's principals, brand isolation
   * (`options.brands`) and filters: checked on each ranked page before a row counts towards `top`.
   */
  private admitter(options: SearchOptions): (row: ChunkAccess) => boolean {
    const readable = new Set(options.principals);
    const { brand, language } = options.filters ?? {};
    const brands = options.brands ? new Set(options.brands) : undefined;
    return (row) =>
      (brands === undefined || brands.has(row.brand)) &&
      (brand === undefined || row.brand === brand) &&
      (language === undefined || row.language === language) &&
      row.access.some((principal) => readable.has(principal));
  }

  private weightParams(): { wt: number; wh: number; wx: number } {
    return { wt: this.weights[0], wh: this.weights[1], wx: this.weights[2] };
  }

  /** One page of matches best-first by BM25, with their chunk and document rows. */
  private get rankedPage(): Database.Statement {
    this.rankedPageStatement ??= this.db.prepare(
      `SELECT c.rowid AS row_id, c.title AS search_title, c.chunk_id, c.heading, c.text, d.*, r.rank FROM (
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
    return this.db
      .prepare(
        `SELECT c.rowid AS row_id, c.title AS search_title, c.chunk_id, c.heading, c.text, d.*,
                bm25(chunks_fts, @wt, @wh, @wx) AS rank
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
    ...(row.sensitivity_label === null || row.sensitivity_label === undefined
      ? {}
      : { sensitivityLabel: row.sensitivity_label }),
  };
}
