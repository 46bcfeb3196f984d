/**
 * Retrieval benchmark: `npm run bench:retrieval -- <beir-folder> [--chunk-chars N]`.
 * Indexes a BEIR corpus into a fresh embedded index file (the engine's own chunker and SQLite FTS5 BM25),
 * runs every test query through `SqliteIndex.search` (with `--feedback`: through `searchWithFeedback`,
 * pseudo-relevance feedback) and prints nDCG@10, Recall@100, build time and
 * query latency percentiles. A document's rank is that of its best passage.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { EVERYONE } from '../../knowledge/access/Principal';
import { chunkDocument } from '../../knowledge/chunk/chunkDocument';
import { SqliteIndex } from '../../knowledge/index/SqliteIndex';
import { searchWithFeedback } from '../../knowledge/retrieve/searchWithFeedback';
import { loadBeir } from './loadBeir';
import { ndcgAtK, quantile, recallAtK } from './beirMetrics';

async function main(argv: string[]): Promise<void> {
  const folder = argv.find((arg) => !arg.startsWith('--'));
  const chunkFlag = argv.indexOf('--chunk-chars');
  const maxChars = chunkFlag >= 0 ? Number(argv[chunkFlag + 1]) : 4000;
  if (!folder || !Number.isFinite(maxChars) || maxChars < 200) {
    console.error('usage: npm run bench:retrieval -- <beir-folder> [--chunk-chars N>=200] [--feedback]');
    process.exit(2);
  }
  const data = loadBeir(folder);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-retrieval-'));
  const index = new SqliteIndex({ file: path.join(dir, 'index.sqlite') });
  try {
    const buildStart = performance.now();
    index.transaction(() => {
      for (const doc of data.corpus) {
        const chunks = chunkDocument({ docId: doc.id, text: doc.text }, { maxChars });
        index.upsertSync({
          docId: doc.id,
          title: doc.title,
          url: '',
          brand: 'group',
          language: 'en',
          modified: '1970-01-01T00:00:00Z',
          access: [EVERYONE],
          contentHash: doc.id,
          chunks,
        });
      }
    });
    const buildSeconds = (performance.now() - buildStart) / 1000;
    const stats = index.stats();
    const run = new Map<string, string[]>();
    const latencies: number[] = [];
    const feedback = argv.includes('--feedback');
    for (const query of data.queries) {
      const started = performance.now();
      const passages = feedback
        ? await searchWithFeedback(index, query.text, { principals: [EVERYONE], top: 300 })
        : index.searchSync(query.text, { principals: [EVERYONE], top: 300 });
      latencies.push(performance.now() - started);
      const ranked: string[] = [];
      for (const passage of passages) if (!ranked.includes(passage.docId)) ranked.push(passage.docId);
      run.set(query.id, ranked.slice(0, 100));
    }
    const fmt = (n: number, digits = 4): string => n.toFixed(digits);
    console.log(
      `corpus           ${data.corpus.length} documents, ${stats.chunks} chunks (chunk size ${maxChars} chars)`,
    );
    console.log(`queries          ${data.queries.length} (qrels: ${data.qrels.size})`);
    console.log(`nDCG@10          ${fmt(ndcgAtK(data.qrels, run, 10))}`);
    console.log(`Recall@100       ${fmt(recallAtK(data.qrels, run, 100))}`);
    console.log(`index build      ${fmt(buildSeconds, 2)} s`);
    console.log(
      `query latency    p50 ${fmt(quantile(latencies, 0.5), 2)} ms, p95 ${fmt(quantile(latencies, 0.95), 2)} ms`,
    );
    console.log('baseline         Lucene BM25 (BEIR paper): nDCG@10 0.679, Recall@100 0.925');
  } finally {
    void index.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

void main(process.argv.slice(2));
