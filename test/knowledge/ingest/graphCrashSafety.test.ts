import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { prng } from '../../support/aclFixture';
import { fakeGraphConnection, startFakeGraph, type FakeGraph } from '../../support/fakeGraph';
import { FileCheckpointStore } from '../../../knowledge/ingest/FileCheckpointStore';
import { runChangeFeedIngest } from '../../../knowledge/ingest/runChangeFeedIngest';
import { SqliteIndex } from '../../../knowledge/index/SqliteIndex';
import { GraphDriveSource } from '../../../knowledge/sources/GraphDriveSource';

const ROOT = path.join(__dirname, '../../..');
const CHILD = path.join(ROOT, 'test/support/graphIngestChild.ts');
const RUNS = 24;
const DRIVE = 'b!crash';

/** doc id -> `chunk ids | access list`, read straight from the SQLite file, plus FTS/chunk row counts. */
function snapshot(file: string): { docs: Map<string, string>; chunkRows: number; ftsRows: number } {
  const db = new Database(file, { readonly: true });
  try {
    const rows = db
      .prepare(
        `SELECT d.doc_id AS docId, d.access AS access, (SELECT group_concat(chunk_id) FROM (SELECT chunk_id FROM chunks c WHERE c.doc_id = d.doc_id ORDER BY chunk_id)) AS ids FROM documents d`,
      )
      .all() as { docId: string; access: string; ids: string | null }[];
    const chunkRows = (db.prepare('SELECT count(*) AS n FROM chunks').get() as { n: number }).n;
    const ftsRows = (db.prepare('SELECT count(*) AS n FROM chunks_fts').get() as { n: number }).n;
    return { docs: new Map(rows.map((r) => [r.docId, `${r.ids ?? ''}|${r.access}`])), chunkRows, ftsRows };
  } finally {
    db.close();
  }
}

/** Runs the child; kills it with SIGKILL on the `killAt`-th line matching `marker` (never when killAt is 0). */
function runChild(
  graph: FakeGraph,
  dataDir: string,
  marker?: RegExp,
  killAt = 0,
): Promise<{ killed: boolean; code: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD], {
      cwd: ROOT,
      env: {
        ...process.env,
        GRAPH_BASE_URL: graph.baseUrl,
        GRAPH_TOKEN: graph.token,
        DATA_DIR: dataDir,
        DRIVES: DRIVE,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let seen = 0;
    let killed = false;
    let stderr = '';
    child.stderr.on('data', (data: Buffer) => (stderr += data.toString()));
    child.stdout.on('data', (data: Buffer) => {
      if (!marker || killed) return;
      seen += (data.toString().match(new RegExp(marker.source, 'gm')) ?? []).length;
      if (killAt > 0 && seen >= killAt) {
        killed = true;
        child.kill('SIGKILL');
      }
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 1 && !killed ? reject(new Error(stderr)) : resolve({ killed, code }),
    );
  });
}

/** The reference: a clean, uninterrupted ingest of the same drive state, in this process. */
async function cleanIngest(graph: FakeGraph, dataDir: string): Promise<void> {
  const index = new SqliteIndex({ file: path.join(dataDir, 'index.sqlite') });
  const source = new GraphDriveSource({
    ...fakeGraphConnection(graph),
    drives: [{ driveId: DRIVE }],
  });
  await runChangeFeedIngest({
    source,
    index,
    checkpoints: new FileCheckpointStore({ dir: path.join(dataDir, 'checkpoints') }),
  });
  await index.close();
}

const body = (n: number, version: number) =>
  `# Document ${n}\n\nVersion ${version} of document ${n} covers torque value ${n * 7 + version} and gearbox ratio ${version}.\n\n## Details\n\nDetail section ${n}.${version} with calibration notes.`;
const everyone = [{ id: 'p1', roles: ['read'], link: { scope: 'organization', type: 'view' } }];
const groupOnly = (g: string) => [
  { id: 'p2', roles: ['read'], grantedToV2: { group: { id: g, displayName: g } } },
];

describe('Graph ingest killed with SIGKILL at random points (crash safety)', function () {
  this.timeout(300_000);
  let graph: FakeGraph;
  let root: string;
  before(async () => {
    graph = await startFakeGraph();
    graph.paging.deltaPageSize = 3;
    graph.addDrive(DRIVE);
    for (let n = 0; n < 24; n += 1) {
      graph.putItem(DRIVE, {
        id: `item${n}`,
        name: `doc-${n}.md`,
        content: body(n, 0),
        permissions: n % 3 === 0 ? groupOnly(`g${n}`) : everyone,
        createdBy: 'owner-1',
      });
    }
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'graph-crash-'));
  });
  after(async () => {
    await graph.stop();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it(`ends equal to a clean ingest after ${RUNS} killed runs and restarts: 0 lost, 0 duplicated, 0 stale`, async () => {
    const random = prng(2026);
    const dataDir = path.join(root, 'crashing');
    const totals = {
      runs: 0,
      killedBetweenWriteAndCheckpoint: 0,
      killedMidPage: 0,
      lost: 0,
      duplicated: 0,
      stale: 0,
    };
    let next = 24;
    for (let run = 0; run < RUNS; run += 1) {
      // Change the drive between runs: new, changed, deleted items and a revoked permission.
      for (let k = 0; k < 3; k += 1)
        graph.putItem(DRIVE, {
          id: `item${next}`,
          name: `doc-${next}.md`,
          content: body(next++, 0),
          permissions: everyone,
          createdBy: 'owner-1',
        });
      const changed = Math.floor(random() * next);
      graph.putItem(DRIVE, { id: `item${changed}`, content: body(changed, run + 1) });
      if (run % 4 === 1) graph.deleteItem(DRIVE, `item${Math.floor(random() * next)}`);
      if (run % 5 === 2)
        graph.setPermissions(DRIVE, `item${Math.floor(random() * next)}`, groupOnly('revoked'));
      if (run === 10) graph.expireDeltaTokens(DRIVE);
      const betweenWriteAndCheckpoint = run % 2 === 0;
      const outcome = await runChild(
        graph,
        dataDir,
        betweenWriteAndCheckpoint ? /^CHECKPOINT_PENDING$/ : /^UPSERTED /,
        1 + Math.floor(random() * (betweenWriteAndCheckpoint ? 2 : 3)),
      );
      if (outcome.killed) {
        if (betweenWriteAndCheckpoint) totals.killedBetweenWriteAndCheckpoint += 1;
        else totals.killedMidPage += 1;
      }
      // Restart to completion, then compare with a clean ingest of the same drive state.
      await runChild(graph, dataDir);
      const cleanDir = path.join(root, `clean-${run}`);
      await cleanIngest(graph, cleanDir);
      const actual = snapshot(path.join(dataDir, 'index.sqlite'));
      const expected = snapshot(path.join(cleanDir, 'index.sqlite'));
      for (const [docId, value] of expected.docs)
        if (!actual.docs.has(docId)) totals.lost += 1;
        else if (actual.docs.get(docId) !== value) totals.stale += 1;
      for (const docId of actual.docs.keys()) if (!expected.docs.has(docId)) totals.stale += 1;
      totals.duplicated +=
        Math.max(0, actual.ftsRows - actual.chunkRows) + Math.max(0, actual.chunkRows - expected.chunkRows);
      totals.runs += 1;
      fs.rmSync(cleanDir, { recursive: true, force: true });
    }
    console.log(
      `      ${totals.runs} runs (${totals.killedBetweenWriteAndCheckpoint} killed between index write and checkpoint, ${totals.killedMidPage} mid-page): ` +
        `lost ${totals.lost}, duplicated ${totals.duplicated}, stale ${totals.stale}`,
    );
    assert.ok(totals.killedBetweenWriteAndCheckpoint >= 8, 'enough kills between write and checkpoint');
    assert.ok(totals.killedBetweenWriteAndCheckpoint + totals.killedMidPage >= 20, 'at least 20 killed runs');
    assert.deepEqual([totals.lost, totals.duplicated, totals.stale], [0, 0, 0]);
  });
});
