import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { SqliteIndex } from '../../../knowledge/index/SqliteIndex';
import { runIngest } from '../../../knowledge/ingest/runIngest';
import { FolderSource } from '../../../knowledge/sources/FolderSource';

const ROOT = path.join(__dirname, '../../..');
const DOCS = 150;

function writeCorpus(folder: string): void {
  for (let i = 0; i < DOCS; i += 1) {
    const sections = Array.from(
      { length: 1 + (i % 5) },
      (_, s) =>
        `## Section ${s}\n\nDocument ${i} section ${s} talks about torque ${i * 7 + s} Nm and gearbox ${s}.`,
    );
    fs.writeFileSync(
      path.join(folder, `doc-${String(i).padStart(3, '0')}.md`),
      `---\ntitle: Doc ${i}\naccess: [everyone]\n---\n# Doc ${i}\n\n${sections.join('\n\n')}\n`,
    );
  }
}

/** doc id -> sorted chunk ids, straight from the SQLite file. */
function snapshot(file: string): Map<string, string> {
  const db = new Database(file, { readonly: true });
  try {
    const rows = db
      .prepare(
        'SELECT d.doc_id AS docId, group_concat(c.chunk_id) AS ids FROM documents d LEFT JOIN chunks c ON c.doc_id = d.doc_id GROUP BY d.doc_id',
      )
      .all() as { docId: string; ids: string | null }[];
    return new Map(rows.map((row) => [row.docId, (row.ids ?? '').split(',').sort().join(',')]));
  } finally {
    db.close();
  }
}

function checkIntegrity(file: string): void {
  const db = new Database(file);
  try {
    assert.equal((db.pragma('integrity_check') as { integrity_check: string }[])[0]?.integrity_check, 'ok');
    db.prepare("INSERT INTO chunks_fts(chunks_fts) VALUES ('integrity-check')").run();
    const orphans = db
      .prepare('SELECT count(*) AS n FROM chunks WHERE doc_id NOT IN (SELECT doc_id FROM documents)')
      .get() as { n: number };
    assert.equal(orphans.n, 0);
  } finally {
    db.close();
  }
}

/** Runs the ingest CLI and SIGKILLs it right after it reports the `killAfter`-th written document. */
function ingestAndKill(source: string, dataDir: string, killAfter: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'tools/cli/ingest.ts', '--source', source], {
      cwd: ROOT,
      env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'error' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let written = 0;
    child.stdout.on('data', (data: Buffer) => {
      written += (data.toString().match(/^(added|updated)/gm) ?? []).length;
      if (written >= killAfter) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('exit', () => resolve());
  });
}

describe('ingest killed at random points (SIGKILL)', function () {
  this.timeout(120_000);
  let root: string;
  let corpus: string;
  let reference: Map<string, string>;

  before(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'kill-'));
    corpus = path.join(root, 'corpus');
    fs.mkdirSync(corpus);
    writeCorpus(corpus);
    const refFile = path.join(root, 'reference.sqlite');
    const index = new SqliteIndex({ file: refFile });
    await runIngest({ source: new FolderSource({ root: corpus }), index });
    await index.close();
    reference = snapshot(refFile);
    assert.equal(reference.size, DOCS);
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  for (const killAfter of [1, 17, 60, 111]) {
    it(`leaves a consistent index when killed after ${killAfter} documents, and a rerun completes it`, async () => {
      const dataDir = path.join(root, `data-${killAfter}`);
      await ingestAndKill(corpus, dataDir, killAfter);
      const file = path.join(dataDir, 'index.sqlite');
      checkIntegrity(file);
      const partial = snapshot(file);
      assert.ok(partial.size < DOCS, `the kill interrupted the run (${partial.size} documents)`);
      for (const [docId, ids] of partial) assert.equal(ids, reference.get(docId), `${docId} is complete`);
      const index = new SqliteIndex({ file });
      const summary = await runIngest({ source: new FolderSource({ root: corpus }), index });
      await index.close();
      assert.equal(summary.unchanged, partial.size);
      assert.deepEqual(snapshot(file), reference);
    });
  }
});
