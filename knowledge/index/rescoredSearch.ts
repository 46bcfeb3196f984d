import type { Bm25Weights } from './bm25Weights';
import type { ChunkAccess, ChunkAccessCache } from './ChunkAccessCache';
import { matchAny } from './ftsQuery';
import type { Passage } from './Passage';
import type { RankedStatements } from './RankedStatements';
import { PAGE_FACTOR, readableHits } from './readableHits';
import type { QueryTerm, TermRescorer } from './TermRescorer';
import { toPassage, type AccessRow, type HitRow } from './toPassage';

/**
 * In two-step search, the terms that select candidates: those held by at most this share of rows, and at
 * least the `SELECTING_MIN` rarest.
 */
const RARE_SHARE = 0.02;
const SELECTING_MIN = 2;
/** Candidates rescored in two-step search: `top` times this, at least `CANDIDATES_MIN`. */
const CANDIDATE_FACTOR = 2;
const CANDIDATES_MIN = 100;

/** What the two-step search reads: the index's rescorer, access cache, statements and BM25 weights. */
export interface RescoredSearchDeps {
  readonly rescorer: TermRescorer;
  readonly chunkAccess: ChunkAccessCache;
  readonly statements: RankedStatements;
  readonly weights: Bm25Weights;
}

/**
 * Two-step search for queries with common words. Candidates: the best readable rows (at least 100, or
 * twice `top`) by BM25 over the query's rare terms alone (held by at most 2 % of rows, at least the two
 * rarest), whose rows are few; a row that holds only common words scores too little to rank. Then each
 * candidate gets the score `bm25()` gives it for the whole query (`TermRescorer`, same statistics as FTS5),
 * and the best `top` are returned. Undefined (the caller runs the one-step search) when fewer than `top`
 * readable candidates are found. `admits` checks a ranked row read with its access columns, `admitsAccess`
 * a chunk's cached access. Quality and speed: `npm run bench:retrieval`, `npm run bench:scale`.
 */
export function rescoredSearch(
  deps: RescoredSearchDeps,
  terms: readonly QueryTerm[],
  top: number,
  admits: (row: AccessRow) => boolean,
  admitsAccess: (row: ChunkAccess) => boolean,
): Passage[] | undefined {
  const total = deps.rescorer.rowTotal();
  const byRarity = [...terms].sort((a, b) => a.rows - b.rows);
  const rare = byRarity.filter((term) => term.rows <= RARE_SHARE * total);
  const selecting = rare.length >= SELECTING_MIN ? rare : byRarity.slice(0, SELECTING_MIN);
  const match = matchAny(selecting.map((term) => term.word));
  if (!match) return undefined;
  // Candidates by row id and access only; their text is read for the readable ones alone.
  const wanted = Math.max(CANDIDATES_MIN, top * CANDIDATE_FACTOR);
  const page = wanted * PAGE_FACTOR;
  // With every chunk's access in memory, ranked row ids alone are read; else access is joined in SQL.
  const accessOf = deps.chunkAccess.current();
  const readable = (row: AccessRow): boolean => {
    if (!accessOf) return admits(row);
    const access = accessOf.get(row.row_id);
    return access !== undefined && admitsAccess(access);
  };
  const ranked = accessOf ? deps.statements.rankedIds : deps.statements.rankedAccess;
  const ids = readableHits(ranked, match, wanted, page, readable, deps.weights).rows.map((row) => row.row_id);
  if (ids.length < top) return undefined;
  const rows = deps.statements.rowsById.all({ ids: JSON.stringify(ids) }) as HitRow[];
  const scores = deps.rescorer.score(
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
