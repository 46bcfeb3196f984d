/**
 * Ingest benchmark: `npm run bench:ingest [-- --docs N]` (default 10,000).
 * Generates N markdown documents (access lists in front matter), then measures
 *  1. the folder source into the embedded index (`runIngest`), and
 *  2. the Graph source (real `GraphDriveSource` + graph client over HTTP) against the loopback Graph server
 *     (test/support/fakeGraph, in this process) into a fresh embedded index (`runChangeFeedIngest`),
 * printing documents/s, MB/s and peak resident memory (sampled every 20 ms) for each.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { startFakeGraph, staticTokenCredential } from '../../test/support/fakeGraph';
import { createGraphClient } from '../../knowledge/graph/createGraphClient';
import { FileCheckpointStore } from '../../knowledge/ingest/FileCheckpointStore';
import { runChangeFeedIngest } from '../../knowledge/ingest/runChangeFeedIngest';
import { runIngest } from '../../knowledge/ingest/runIngest';
import { SqliteIndex } from '../../knowledge/index/SqliteIndex';
import { FolderSource } from '../../knowledge/sources/FolderSource';
import { GraphDriveSource } from '../../knowledge/sources/GraphDriveSource';

const TOPICS = [
  'brake fade',
  'battery cooling',
  'paint adhesion',
  'door seal noise',
  'lidar alignment',
  'tyre wear',
  'gearbox calibration',
  'crash sensor',
];

function documentText(n: number): string {
  const topic = TOPICS[n % TOPICS.length] as string;
  const sections = Array.from(
    { length: 3 + (n % 4) },
    (_, s) =>
      `## ${topic} step ${s}\n\nMeasurement ${n}.${s} of the ${topic} programme recorded a value of ${(n * 13 + s) % 997} units at station ${s}. The engineering team reviewed the ${topic} results against the target and logged follow-up actions for supplier ${n % 50}.`,
  );
  return `# ${topic} report ${n}\n\n${sections.join('\n\n')}\n`;
}

async function measure<T>(label: string, work: () => Promise<T>, count: number, bytes: number): Promise<T> {
  global.gc?.();
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const started = performance.now();
  const result = await work();
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  console.log(
    `${label.padEnd(34)} ${count} docs in ${seconds.toFixed(1)} s: ${(count / seconds).toFixed(0)} docs/s, ` +
      `${(bytes / 1e6 / seconds).toFixed(2)} MB/s, peak RSS ${(peak / 1e6).toFixed(0)} MB (start ${(baseline / 1e6).toFixed(0)} MB)`,
  );
  return result;
}

async function main(argv: string[]): Promise<void> {
  const flag = argv.indexOf('--docs');
  const docs = flag >= 0 ? Number(argv[flag + 1]) : 10_000;
  if (!Number.isInteger(docs) || docs < 1) throw new Error('usage: npm run bench:ingest -- [--docs N]');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-ingest-'));
  try {
    const corpus = path.join(dir, 'corpus');
    fs.mkdirSync(corpus);
    let bytes = 0;
    const texts: string[] = [];
    for (let n = 0; n < docs; n += 1) {
      const text = documentText(n);
      texts.push(text);
      const file = `---\ntitle: Report ${n}\naccess: [${n % 5 === 0 ? 'group:eng' : 'everyone'}]\n---\n${text}`;
      bytes += Buffer.byteLength(file);
      fs.writeFileSync(path.join(corpus, `doc-${String(n).padStart(5, '0')}.md`), file);
    }
    console.log(
      `corpus: ${docs} markdown documents, ${(bytes / 1e6).toFixed(1)} MB, Node ${process.version}, ${os.cpus().length} CPUs`,
    );

    const folderIndex = new SqliteIndex({ file: path.join(dir, 'folder.sqlite') });
    const folder = await measure(
      'folder source -> embedded index',
      () => runIngest({ source: new FolderSource({ root: corpus }), index: folderIndex }),
      docs,
      bytes,
    );
    if (folder.failed.length > 0) throw new Error(`${folder.failed.length} documents failed`);
    await folderIndex.close();

    const graph = await startFakeGraph();
    graph.paging.deltaPageSize = 200;
    graph.addDrive('b!bench');
    let graphBytes = 0;
    texts.forEach((text, n) => {
      graphBytes += Buffer.byteLength(text);
      graph.putItem('b!bench', {
        id: `item${n}`,
        name: `doc-${n}.md`,
        content: text,
        createdBy: 'owner-1',
        permissions: [{ id: 'p', roles: ['read'], link: { scope: 'organization', type: 'view' } }],
      });
    });
    const graphIndex = new SqliteIndex({ file: path.join(dir, 'graph.sqlite') });
    const source = new GraphDriveSource({
      client: createGraphClient({ credential: staticTokenCredential(graph.token), baseUrl: graph.baseUrl }),
      baseUrl: graph.baseUrl,
      drives: [{ driveId: 'b!bench' }],
    });
    const viaGraph = await measure(
      'Graph source (loopback) -> embedded',
      () =>
        runChangeFeedIngest({
          source,
          index: graphIndex,
          checkpoints: new FileCheckpointStore({ dir: path.join(dir, 'checkpoints') }),
        }),
      docs,
      graphBytes,
    );
    if (viaGraph.failed.length > 0) throw new Error(`${viaGraph.failed.length} Graph documents failed`);
    await graphIndex.close();
    await graph.stop();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
