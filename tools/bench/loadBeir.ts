import fs from 'node:fs';
import path from 'node:path';
import type { Qrels } from './beirMetrics';

export interface BeirDataset {
  readonly corpus: { id: string; title: string; text: string }[];
  /** Only the queries that appear in the test qrels, in file order. */
  readonly queries: { id: string; text: string }[];
  readonly qrels: Qrels;
}

/** Reads a BEIR folder (`corpus.jsonl`, `queries.jsonl`, `qrels/test.tsv`); throws naming the file on bad input. */
export function loadBeir(folder: string): BeirDataset {
  const read = (name: string): string => {
    const file = path.join(folder, name);
    if (!fs.existsSync(file)) throw new Error(`BEIR file missing: ${file}`);
    return fs.readFileSync(file, 'utf8');
  };
  const jsonLines = (name: string): Record<string, unknown>[] =>
    read(name)
      .split('\n')
      .filter((line) => line.trim())
      .map((line, i) => {
        try {
          return JSON.parse(line) as Record<string, unknown>;
        } catch {
          throw new Error(`${name}: line ${i + 1} is not JSON`);
        }
      });
  const qrels = new Map<string, Map<string, number>>();
  for (const line of read('qrels/test.tsv').split('\n').slice(1)) {
    const [queryId, docId, score] = line.trim().split('\t');
    if (!queryId || !docId) continue;
    const judged = qrels.get(queryId) ?? new Map<string, number>();
    judged.set(docId, Number(score));
    qrels.set(queryId, judged);
  }
  const corpus = jsonLines('corpus.jsonl').map((row) => ({
    id: String(row._id),
    title: String(row.title ?? ''),
    text: String(row.text ?? ''),
  }));
  const queries = jsonLines('queries.jsonl')
    .map((row) => ({ id: String(row._id), text: String(row.text ?? '') }))
    .filter((query) => qrels.has(query.id));
  return { corpus, queries, qrels };
}
