import { dataVersion } from './dataVersion';
import type Database from 'better-sqlite3';
import { bm25Idf, bm25Term } from './bm25';
import { indexTokens } from './indexTokens';
import { readVarints } from './readVarints';

/** Memoised stems kept at most; the memo restarts when full. */
const MAX_STEMS = 200_000;

export interface QueryTerm {
  /** The query word, as `ftsQuery` quotes it (one FTS5 phrase). */
  readonly word: string;
  /** Its index term (stemmed). */
  readonly token: string;
  /** Rows of `chunks_fts` holding the term. */
  readonly rows: number;
}

export interface RescoreRow {
  /** Row id in `chunks` / `chunks_fts`. */
  readonly rowid: number;
  readonly title: string;
  readonly heading: string;
  readonly text: string;
}

/**
 * FTS5 `bm25()` scores computed outside the full-text query, for a few rows.
 *
 * Contract: `terms(words)` gives each query word (one phrase of `"w1" OR "w2" ...`) with its index term and
 * the number of rows holding it; `score(terms, rows)` gives each row the score `bm25(chunks_fts, weights...)`
 * gives it for that query (positive: higher is better), from the statistics FTS5 uses: row count and token
 * totals (the averages record), the row's length, each term's row count, and term frequencies per column
 * weighted. Rows are tokenized here as the index's tokenizer does (`indexTokens`: the same terms for every
 * word of the SciFact corpus, 35,931 words). Row counts are cached until the index changes
 * (`PRAGMA data_version` for other connections, `invalidate()` for this one's writes).
 */
export class TermRescorer {
  private readonly rowsWithTerm = new Map<string, number>();
  private readonly stems = new Map<string, string>();
  private cachedVersion = -1;
  private ready = false;

  constructor(
    private readonly db: Database.Database,
    private readonly weights: readonly [number, number, number],
  ) {}

  /** One entry per distinct word; words without a term (none with `ftsQuery`'s words) are left out. */
  terms(words: readonly string[]): QueryTerm[] {
    this.refreshCache();
    const result: QueryTerm[] = [];
    for (const word of new Set(words)) {
      const token = this.tokens(word)[0];
      if (token !== undefined) result.push({ word, token, rows: this.rowCount(token) });
    }
    return result;
  }

  /** Scores of `rows` for the query made of `terms`, in the order of `rows`. */
  score(terms: readonly QueryTerm[], rows: readonly RescoreRow[]): number[] {
    const { rows: totalRows, averageLength } = this.averages();
    const tokens = [...new Set(terms.map((term) => term.token))];
    const lengths = this.rowLengths(rows.map((row) => row.rowid));
    return rows.map((row) => {
      const weighted = new Map<string, number>();
      [row.title, row.heading, row.text].forEach((value, column) => {
        const counts = this.countTerms(value.toLowerCase(), tokens);
        const weight = this.weights[column] ?? 1;
        for (const [token, count] of counts) weighted.set(token, (weighted.get(token) ?? 0) + count * weight);
      });
      const length = lengths.get(row.rowid) ?? averageLength;
      let score = 0;
      for (const term of terms) {
        score += bm25Term(
          bm25Idf(totalRows, term.rows),
          weighted.get(term.token) ?? 0,
          length,
          averageLength,
        );
      }
      return score;
    });
  }

  /**
   * How often each of `tokens` occurs in `lower` (lower-cased text). ASCII text is scanned only where a word
   * starts with the token's first letters (a stem keeps the first letters of its word: at least its first
   * 3, or all but its last one when shorter); other text is tokenized whole.
   */
  private countTerms(lower: string, tokens: readonly string[]): Map<string, number> {
    const counts = new Map<string, number>();
    // eslint-disable-next-line no-control-regex
    if (!/^[\x00-\x7f]*$/.test(lower)) {
      const wanted = new Set(tokens);
      for (const token of this.tokens(lower))
        if (wanted.has(token)) counts.set(token, (counts.get(token) ?? 0) + 1);
      return counts;
    }
    for (const token of tokens) {
      const prefix = token.slice(0, Math.max(1, Math.min(3, token.length - 1)));
      let count = 0;
      for (let at = lower.indexOf(prefix); at >= 0; at = lower.indexOf(prefix, at + 1)) {
        if (at > 0 && isAsciiWordChar(lower.charCodeAt(at - 1))) continue;
        let end = at + prefix.length;
        while (end < lower.length && isAsciiWordChar(lower.charCodeAt(end))) end += 1;
        if (this.tokens(lower.slice(at, end))[0] === token) count += 1;
      }
      if (count > 0) counts.set(token, count);
    }
    return counts;
  }

  /** Each row's length in tokens over all columns, from FTS5's `docsize` table. */
  private rowLengths(rowids: readonly number[]): Map<number, number> {
    const lengths = new Map<number, number>();
    const sizes = this.db
      .prepare('SELECT id, sz FROM chunks_fts_docsize WHERE id IN (SELECT value FROM json_each(?))')
      .all(JSON.stringify(rowids)) as { id: number; sz: Uint8Array }[];
    for (const { id, sz } of sizes)
      lengths.set(
        id,
        readVarints(sz).reduce((sum, n) => sum + n, 0),
      );
    return lengths;
  }

  /** Forgets cached row counts: the owner calls it after each of its own writes to the index. */
  invalidate(): void {
    this.rowsWithTerm.clear();
  }

  private tokens(text: string): string[] {
    if (this.stems.size > MAX_STEMS) this.stems.clear();
    return indexTokens(text, this.stems);
  }

  /** Rows in the index (FTS5's own count). */
  rowTotal(): number {
    return this.averages().rows;
  }

  /** FTS5's averages record: the row count, then each column's token total. */
  private averages(): { rows: number; averageLength: number } {
    const record = this.db.prepare('SELECT block FROM chunks_fts_data WHERE id = 1').get() as
      { block: Uint8Array } | undefined;
    const [rows = 0, ...columnTotals] = record ? readVarints(record.block) : [];
    const tokens = columnTotals.reduce((sum, n) => sum + n, 0);
    return { rows, averageLength: rows > 0 ? tokens / rows : 1 };
  }

  private rowCount(token: string): number {
    const cached = this.rowsWithTerm.get(token);
    if (cached !== undefined) return cached;
    if (!this.ready) {
      this.db.exec(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.chunks_terms USING fts5vocab(main, 'chunks_fts', 'row')",
      );
      this.ready = true;
    }
    const row = this.db.prepare('SELECT doc FROM temp.chunks_terms WHERE term = ?').get(token) as
      { doc: number } | undefined;
    const count = row?.doc ?? 0;
    this.rowsWithTerm.set(token, count);
    return count;
  }

  /** Drops cached row counts when another connection committed to the file since the last call. */
  private refreshCache(): void {
    const version = dataVersion(this.db);
    if (version !== this.cachedVersion) this.rowsWithTerm.clear();
    this.cachedVersion = version;
  }
}

function isAsciiWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 97 && code <= 122);
}
