import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ChunkAccessCache } from '../../../knowledge/index/ChunkAccessCache';
import { SCHEMA_SQL } from '../../../knowledge/index/sqliteSchema';

function addDocument(db: Database.Database, docId: string, access: string[], chunks: number): void {
  db.prepare(
    "INSERT INTO documents VALUES (?, 'T', '', 'brand-a', 'en', '1970-01-01T00:00:00Z', 'h', ?, NULL, NULL)",
  ).run(docId, JSON.stringify(access));
  for (let i = 0; i < chunks; i += 1) {
    db.prepare(
      "INSERT INTO chunks(chunk_id, doc_id, ordinal, title, heading, text) VALUES (?, ?, ?, 'T', '', 'text')",
    ).run(`${docId}#${i}`, docId, i);
  }
}

describe('ChunkAccessCache', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chunk-access-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("maps every chunk row to its document's access, brand and language", () => {
    const db = new Database(path.join(dir, 'i.sqlite'));
    db.exec(SCHEMA_SQL);
    addDocument(db, 'a', ['everyone'], 2);
    addDocument(db, 'b', ['group:x'], 1);
    const map = new ChunkAccessCache(db).current();
    assert.ok(map);
    const rows = db.prepare('SELECT rowid, doc_id FROM chunks ORDER BY rowid').all() as {
      rowid: number;
      doc_id: string;
    }[];
    assert.deepEqual(
      rows.map((row) => map.get(row.rowid)?.access),
      [['everyone'], ['everyone'], ['group:x']],
    );
    assert.equal(map.get(rows[2]!.rowid)?.brand, 'brand-a');
  });

  it("sees another connection's commit, rebuilding at most every 10 s (else undefined: check in SQL)", () => {
    const file = path.join(dir, 'i.sqlite');
    const db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.exec(SCHEMA_SQL);
    addDocument(db, 'a', ['everyone'], 1);
    let now = 1_000_000;
    const cache = new ChunkAccessCache(db, () => now);
    assert.equal(cache.current()?.size, 1);
    const writer = new Database(file);
    addDocument(writer, 'b', ['group:x'], 1);
    now += 5_000;
    assert.equal(cache.current(), undefined, 'stale and rebuilt 5 s ago');
    now += 5_000;
    assert.equal(cache.current()?.size, 2);
    assert.equal(cache.current()?.size, 2, 'unchanged index: same map');
    cache.invalidate();
    now += 1_000;
    assert.equal(cache.current(), undefined, "this connection's write, rebuilt 1 s ago");
    writer.close();
    db.close();
  });
});
