import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { canonicalJson } from '../../../skills/audit/canonicalJson';
import { exportAuditLog } from '../../../skills/audit/exportAuditLog';
import { storedTexts, useWrittenLog } from './auditFixture';

async function exportToString(file: string, since?: number | Date): Promise<string> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  await exportAuditLog(file, out, since === undefined ? {} : { since });
  return Buffer.concat(chunks).toString('utf8');
}

const seqs = (jsonl: string) =>
  jsonl
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { seq: number }).seq);

describe('exportAuditLog', () => {
  const log = useWrittenLog(12, 'all'); // times 09:00:00 .. 09:00:11

  it('writes one canonical JSON record per line, in seq order, matching the stored records', async () => {
    const jsonl = await exportToString(log.file);
    assert.ok(jsonl.endsWith('\n'));
    const lines = jsonl.slice(0, -1).split('\n');
    assert.deepEqual(lines, storedTexts(log.file));
    for (const line of lines) assert.equal(canonicalJson(JSON.parse(line)), line);
    assert.deepEqual(
      seqs(jsonl),
      Array.from({ length: 12 }, (_, i) => i + 1),
    );
  });

  it('keeps the chain in the export (each prevHash is the previous line’s hash)', async () => {
    const records = (await exportToString(log.file))
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { prevHash: string; hash: string });
    records.slice(1).forEach((record, i) => assert.equal(record.prevHash, records[i]?.hash));
  });

  it('exports only records after a seq', async () => {
    assert.deepEqual(seqs(await exportToString(log.file, 9)), [10, 11, 12]);
  });

  it('exports everything after seq 0 and nothing after the last seq', async () => {
    assert.equal(seqs(await exportToString(log.file, 0)).length, 12);
    assert.equal(await exportToString(log.file, 12), '');
  });

  it('exports only records at or after a time', async () => {
    assert.deepEqual(seqs(await exportToString(log.file, new Date('2026-01-01T09:00:09Z'))), [10, 11, 12]);
  });

  it('writes to a file path and reports the count and last seq', async () => {
    const out = path.join(log.dir, 'out.jsonl');
    const result = await exportAuditLog(log.file, out, { since: 10 });
    assert.deepEqual(result, { records: 2, lastSeq: 12 });
    assert.deepEqual(seqs(fs.readFileSync(out, 'utf8')), [11, 12]);
  });

  it('leaves a caller’s stream open', async () => {
    const out = new PassThrough();
    out.resume();
    await exportAuditLog(log.file, out);
    assert.equal(out.writableEnded, false);
    out.end();
  });

  it('waits for a slow stream (backpressure) and loses nothing', async () => {
    const lines: string[] = [];
    const slow = new Writable({
      highWaterMark: 16,
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString('utf8'));
        setImmediate(done);
      },
    });
    const result = await exportAuditLog(log.file, slow);
    assert.equal(result.records, 12);
    assert.deepEqual(
      seqs(lines.join('')),
      Array.from({ length: 12 }, (_, i) => i + 1),
    );
  });

  it('throws for a missing log without creating the output file', async () => {
    const out = path.join(log.dir, 'never.jsonl');
    await assert.rejects(exportAuditLog(path.join(log.dir, 'nope.sqlite'), out));
    assert.equal(fs.existsSync(out), false);
  });
});
