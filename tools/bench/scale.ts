/**
 * Scale benchmark: `npm run bench:scale -- <beir-folder> [--copies N] [--json]`.
 * Builds one embedded index from N copies (default 20) of a BEIR corpus, each copy's documents under distinct
 * ids, with access spread like a department's libraries: a quarter of the documents readable by everyone, the
 * rest each by one of 400 groups. Then runs every test query (top 8) as a user who reads `everyone` only and as a
 * user in 250 of the groups, and prints p50/p95 for each, build time and rate, file size and resident memory;
 * then the same queries as whole knowledge turns over HTTP, one at a time, to the production server (`npm run
 * build`, `node dist/bot/index.js`) over that index, as each of the two users (`turnsOverHttp`), with p50/p95.
 * With `--json` the last line is `{"chunks","p50EveryoneMs","p95EveryoneMs","p50Groups250Ms","p95Groups250Ms",
 * "buildS","rssMb"}`. Operator-time code: never imported by the runtime.
 */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { EVERYONE } from '../../knowledge/access/Principal';
import { beirIndexedDocument } from './beirIndexedDocument';
import { beirArgs, withBeirIndex } from './withBeirIndex';
import { quantile } from './beirMetrics';
import { buildProduction, startProductionServer, stopChild } from './load/productionServer';
import { timeTurns, type TurnTimes } from './load/timeTurns';

const ROOT = path.resolve(__dirname, '..', '..');
const GROUPS = 400;
const USER_GROUPS = 250;
/** The groups the 250-group user is in (`group:<id>` principals; the first 250 of the 400). */
const USER_GROUP_IDS = Array.from({ length: USER_GROUPS }, (_, g) => `g${g}`);
const TOP = 8;

/** A stable spread of documents over access lists: 1 in 4 readable by everyone, the rest by one group each. */
function accessFor(n: number): string[] {
  return n % 4 === 0 ? [EVERYONE] : [`group:g${(n * 7919) % GROUPS}`];
}

const USAGE = 'usage: npm run bench:scale -- <beir-folder> [--copies N>=1] [--json]';

async function main(argv: string[]): Promise<void> {
  const { folder, value: copies } = beirArgs(argv, '--copies', 20, 1, USAGE);
  await withBeirIndex(folder, 'scale', async ({ data, index, file }) => {
    const buildStart = performance.now();
    let n = 0;
    for (let copy = 0; copy < copies; copy += 1) {
      index.transaction(() => {
        for (const doc of data.corpus) {
          index.upsertSync(beirIndexedDocument(`c${copy}/${doc.id}`, doc, accessFor(n), 4000));
          n += 1;
        }
      });
    }
    const buildS = (performance.now() - buildStart) / 1000;
    const stats = index.stats();
    const users = {
      everyone: [EVERYONE],
      groups250: [EVERYONE, ...USER_GROUP_IDS.map((id) => `group:${id}`)],
    };
    const timings = new Map<string, number[]>();
    let empty = 0;
    for (const [name, principals] of Object.entries(users)) {
      const latencies: number[] = [];
      // One warm-up pass over a few queries so the page cache and prepared statements are hot.
      for (const query of data.queries.slice(0, 10)) index.searchSync(query.text, { principals, top: TOP });
      for (const query of data.queries) {
        const started = performance.now();
        const hits = index.searchSync(query.text, { principals, top: TOP });
        latencies.push(performance.now() - started);
        if (hits.length === 0) empty += 1;
      }
      timings.set(name, latencies);
    }
    const ms = (values: number[] | undefined, q: number): number =>
      Math.round(quantile(values ?? [], q) * 100) / 100;
    const result = {
      chunks: stats.chunks,
      p50EveryoneMs: ms(timings.get('everyone'), 0.5),
      p95EveryoneMs: ms(timings.get('everyone'), 0.95),
      p50Groups250Ms: ms(timings.get('groups250'), 0.5),
      p95Groups250Ms: ms(timings.get('groups250'), 0.95),
      buildS: Math.round(buildS * 10) / 10,
      rssMb: Math.round(process.memoryUsage().rss / 1048576),
    };
    const sizeMb = fs.statSync(file).size / 1048576;
    console.log(
      `corpus           ${copies} copies of ${data.corpus.length} documents: ${stats.documents} documents, ${stats.chunks} chunks`,
    );
    console.log(`access           1 in 4 readable by everyone, the rest by one of ${GROUPS} groups`);
    console.log(
      `build            ${result.buildS} s (${Math.round(stats.documents / buildS)} documents/s), file ${sizeMb.toFixed(1)} MB`,
    );
    console.log(
      `everyone         p50 ${result.p50EveryoneMs} ms, p95 ${result.p95EveryoneMs} ms (${data.queries.length} queries, top ${TOP})`,
    );
    console.log(`250 groups       p50 ${result.p50Groups250Ms} ms, p95 ${result.p95Groups250Ms} ms`);
    console.log(`resident memory  ${result.rssMb} MB; queries with no hit: ${empty}`);
    const turns = await turnsOverHttp(
      path.dirname(file),
      data.queries.map((q) => q.text),
    );
    console.log(
      `turns (HTTP)     everyone p50 ${ms(turns.everyone.latencies, 0.5)} ms, p95 ${ms(turns.everyone.latencies, 0.95)} ms; ` +
        `250 groups p50 ${ms(turns.groups250.latencies, 0.5)} ms, p95 ${ms(turns.groups250.latencies, 0.95)} ms ` +
        `(${data.queries.length} knowledge turns each, one at a time, production server; ` +
        `failed: ${turns.everyone.failed + turns.groups250.failed})`,
    );
    if (argv.includes('--json')) console.log(JSON.stringify(result));
  });
}

/**
 * Whole knowledge turns over HTTP on the index in `dataDir` (its `index.sqlite`): the production server
 * (`npm run build`, then `node dist/bot/index.js`) with a local directory of two users, one reading `everyone`
 * only and one in 250 of the groups, each asking `questions` one at a time. The server's log is `dataDir/server.log`.
 */
async function turnsOverHttp(
  dataDir: string,
  questions: readonly string[],
): Promise<{
  everyone: TurnTimes;
  groups250: TurnTimes;
}> {
  buildProduction(ROOT);
  const directory = path.join(dataDir, 'directory.yaml');
  fs.writeFileSync(
    directory,
    `users:\n  - id: bench-everyone\n    name: Bench Everyone\n  - id: bench-groups250\n    name: Bench Groups\n` +
      `    groups: [${USER_GROUP_IDS.join(', ')}]\n`,
  );
  const source = path.join(dataDir, 'no-source');
  fs.mkdirSync(source, { recursive: true });
  const server = await startProductionServer(
    ROOT,
    { DATA_DIR: dataDir, DIRECTORY_FILE: directory, KNOWLEDGE_SOURCE_DIR: source },
    path.join(dataDir, 'server.log'),
  );
  try {
    return {
      everyone: await timeTurns(server.url, 'bench-everyone', questions),
      groups250: await timeTurns(server.url, 'bench-groups250', questions),
    };
  } finally {
    await stopChild(server.child);
  }
}

void main(process.argv.slice(2));
