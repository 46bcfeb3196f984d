import { ODataError, type Document } from './odataFilter';

/**
 * The query-time half of the fake Azure AI Search: analysis, the simple query syntax, BM25 relevance with
 * scoring-profile text weights, and `$orderby`. Small, but real: documents are ranked by what they contain.
 */

/** Approximates `standard.lucene`: Unicode word tokens (joined across `.`/`'` between letters or digits), lowercased. */
export function analyze(text: string): string[] {
  return (text.normalize('NFKC').match(/[\p{L}\p{M}\p{N}_]+(?:['.’][\p{L}\p{M}\p{N}_]+)*/gu) ?? []).map((t) =>
    t.toLowerCase(),
  );
}

export interface ParsedQuery {
  /** Analyzed terms that raise the score. */
  readonly terms: string[];
  /** Analyzed terms of `-word` clauses. */
  readonly excluded: string[];
  /** `*` or an empty query: every document matches with score 1. */
  readonly matchAll: boolean;
}

/**
 * Simple query syntax, the parts that change which documents match: `\` escapes, a leading unescaped `-`
 * (NOT), `*` alone (match all). Other operators (`+ | " ( ) *` suffix) are dropped, leaving their words.
 */
export function parseSimpleQuery(search: string | undefined): ParsedQuery {
  const text = (search ?? '').trim();
  if (text === '' || text === '*') return { terms: [], excluded: [], matchAll: true };
  const terms: string[] = [];
  const excluded: string[] = [];
  for (const clause of text.split(/\s+/)) {
    const negated = clause.startsWith('-') && clause.length > 1;
    const body = (negated ? clause.slice(1) : clause).replace(/\\(.)|[+|"()*]/g, (_m, kept?: string) =>
      kept === undefined ? ' ' : kept,
    );
    (negated ? excluded : terms).push(...analyze(body));
  }
  return { terms, excluded, matchAll: false };
}

const K1 = 1.2;
const B = 0.75;

/**
 * BM25 per field, summed with the field weights (default 1). searchMode `any`: a document matches when it
 * has any term or lacks any excluded term; `all`: when it has every term and no excluded term. Returns the
 * matching documents with their scores, best first (ties keep index order).
 */
export function rank(
  docs: readonly Document[],
  query: ParsedQuery,
  fields: readonly string[],
  weights: Readonly<Record<string, number>>,
  mode: 'any' | 'all',
): { doc: Document; score: number }[] {
  if (query.matchAll) return docs.map((doc) => ({ doc, score: 1 }));
  const tokenized = docs.map((doc) => analyzedFields(doc, fields));
  const stats = new Map(
    fields.map((field) => {
      const lengths = tokenized.map((doc) => doc.get(field)!.length);
      const avg = lengths.reduce((sum, n) => sum + n, 0) / Math.max(1, lengths.length) || 1;
      return [field, avg];
    }),
  );
  const frequencies = new Map<string, number>();
  const docFreq = (field: string, term: string): number => {
    const key = `${field}\u0000${term}`;
    let n = frequencies.get(key);
    if (n === undefined) {
      n = tokenized.filter((doc) => doc.get(field)!.includes(term)).length;
      frequencies.set(key, n);
    }
    return n;
  };
  const hits: { doc: Document; score: number }[] = [];
  tokenized.forEach((doc, i) => {
    const has = (term: string): boolean => fields.some((field) => doc.get(field)!.includes(term));
    const positive = mode === 'all' ? query.terms.every(has) : query.terms.some(has);
    const negative = mode === 'all' ? !query.excluded.some(has) : query.excluded.some((t) => !has(t));
    const matches = mode === 'all' ? positive && negative : positive || negative;
    if (!matches) return;
    let score = 0;
    for (const field of fields) {
      const tokens = doc.get(field)!;
      for (const term of new Set(query.terms)) {
        const tf = tokens.filter((token) => token === term).length;
        if (tf === 0) continue;
        const n = docFreq(field, term);
        const idf = Math.log(1 + (docs.length - n + 0.5) / (n + 0.5));
        const norm = tf + K1 * (1 - B + (B * tokens.length) / stats.get(field)!);
        score += (weights[field] ?? 1) * idf * ((tf * (K1 + 1)) / norm);
      }
    }
    hits.push({ doc: docs[i]!, score });
  });
  return hits.sort((a, b) => b.score - a.score);
}

/** Analysed text per field, cached per stored document object (documents are replaced, never mutated, on write). */
const analysed = new WeakMap<Document, Map<string, string[]>>();
function analyzedFields(doc: Document, fields: readonly string[]): Map<string, string[]> {
  let cached = analysed.get(doc);
  if (!cached) {
    cached = new Map();
    analysed.set(doc, cached);
  }
  for (const field of fields) if (!cached.has(field)) cached.set(field, analyze(fieldText(doc[field])));
  return cached;
}

function fieldText(value: unknown): string {
  if (Array.isArray(value)) return value.map(String).join(' ');
  return typeof value === 'string' ? value : '';
}

/** Parses `$orderby` (`field [asc|desc]`, `search.score() desc`, comma-separated) into a comparator. */
export function parseOrderBy(
  orderby: string,
  isSortable: (field: string) => boolean,
): (a: { doc: Document; score: number }, b: { doc: Document; score: number }) => number {
  const keys = orderby.split(',').map((part) => {
    const match = /^\s*(search\.score\(\)|[A-Za-z_][A-Za-z0-9_]*)(?:\s+(asc|desc))?\s*$/.exec(part);
    if (!match) throw new ODataError(`Invalid expression: unsupported $orderby clause '${part.trim()}'`);
    const [, field, direction] = match;
    if (field !== 'search.score()' && !isSortable(field!)) {
      throw new ODataError(`Invalid expression: field '${field}' is not sortable`);
    }
    return { field: field!, sign: direction === 'desc' ? -1 : 1 };
  });
  return (a, b) => {
    for (const { field, sign } of keys) {
      const x = field === 'search.score()' ? a.score : (a.doc[field] as string | number | null | undefined);
      const y = field === 'search.score()' ? b.score : (b.doc[field] as string | number | null | undefined);
      if (x === y) continue;
      if (x === null || x === undefined) return -sign;
      if (y === null || y === undefined) return sign;
      return x < y ? -sign : sign;
    }
    return 0;
  };
}
