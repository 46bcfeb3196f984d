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
import { TermRescorer } from './TermRescorer';
import { ChunkAccessCache } from './ChunkAccessCache';
import { accessAdmitter } from './accessAdmitter';
import type { Bm25Weights } from './bm25Weights';
import { filteredSearch } from './filteredSearch';
import { migrateSqliteSchema } from './migrateSqliteSchema';
import { RankedStatements } from './RankedStatements';
import { PAGE_FACTOR, PAGE_MIN, readableHits } from './readableHits';
import { rescoredSearch, type RescoredSearchDeps } from './rescoredSearch';
import { toMeta, toPassage, type AccessRow, type DocumentRow, type HitRow } from './toPassage';

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
  /**
   * Opens an existing index file for searching only (no schema migration, no pragma that writes; `upsert` and
   * `delete` fail): the connection a search thread reads through while another connection writes.
   */
  readonly readonly?: boolean;
}

const DEFAULT_TOP = 8;
const MAX_TOP = 1000;
/**
 * Default for `twoStepAboveRows`: ranking every row that holds a common word costs about a microsecond per
 * row, so queries matching more rows than this go through the two-step search.
 */
const TWO_STEP_ABOVE_ROWS = 20_000;

/**
 * The embedded knowledge index: one SQLite file, FTS5 with BM25 ranking.
 * Every `upsert`/`delete` is one transaction, so a process killed at any point leaves either the old or the
 * new version of a document, never a mix. `top` counts only passages the caller may read: matches are ranked
 * first and checked against the caller's principals before any is returned (see `searchSync`).
 */
export class SqliteIndex implements KnowledgeIndex {
  private readonly db: Database.Database;
  private readonly weights: Bm25Weights;
  private readonly rescorer: TermRescorer;
  private readonly chunkAccess: ChunkAccessCache;
  private readonly twoStepAboveRows: number;
  private readonly statements: RankedStatements;
  /** What the two-step search reads (`rescoredSearch`). */
  private readonly rescoring: RescoredSearchDeps;
  private vocabStatement: Database.Statement | undefined;

  constructor(options: SqliteIndexOptions) {
    if (options.readonly) {
      this.db = new Database(options.file, { readonly: true, fileMustExist: true });
    } else {
      if (options.file !== ':memory:')
        fs.mkdirSync(path.dirname(path.resolve(options.file)), { recursive: true });
      this.db = new Database(options.file);
      this.db.pragma('journal_mode = WAL');
      this.db.pragma('synchronous = NORMAL');
      this.db.pragma('foreign_keys = ON');
      migrateSqliteSchema(this.db);
    }
    this.weights = options.weights ?? [2, 1.5, 1];
    this.rescorer = new TermRescorer(this.db, this.weights);
    this.chunkAccess = new ChunkAccessCache(this.db);
    this.twoStepAboveRows = options.twoStepAboveRows ?? TWO_STEP_ABOVE_ROWS;
    this.statements = new RankedStatements(this.db);
    this.rescoring = {
      rescorer: this.rescorer,
      chunkAccess: this.chunkAccess,
      statements: this.statements,
      weights: this.weights,
    };
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

  /**
   * `searchSync` in one read transaction: every statement of the search reads the same snapshot of the file,
   * however another connection writes meanwhile (what a search thread uses).
   */
  searchSnapshot(query: string, options: SearchOptions): Passage[] {
    return this.db.transaction(() => this.searchSync(query, options))();
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
    const admitsAccess = accessAdmitter(options);
    const admits = (row: AccessRow): boolean =>
      admitsAccess({ access: JSON.parse(row.access) as string[], brand: row.brand, language: row.language });
    const terms = this.rescorer.terms(words);
    if (terms.reduce((rows, term) => rows + term.rows, 0) > this.twoStepAboveRows) {
      const rescored = rescoredSearch(this.rescoring, terms, top, admits, admitsAccess);
      if (rescored) return rescored;
    }
    // Rank first, read access second: FTS5 orders the matches by BM25 on its own (no join per match), then
    // the best pages of hits are joined and checked against the caller's principals until `top` are readable.
    // A caller who may read only a sparse part of the index falls back to filtering inside the query.
    const hits = readableHits<HitRow>(
      this.statements.rankedPage,
      match,
      top,
      Math.max(PAGE_MIN, top * PAGE_FACTOR),
      admits,
      this.weights,
    );
    if (hits.rows.length >= top || hits.exhausted) return hits.rows.map(toPassage);
    return filteredSearch(this.db, match, top, options, this.weights).map(toPassage);
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
