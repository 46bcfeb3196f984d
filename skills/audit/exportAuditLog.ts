import fs from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import Database from 'better-sqlite3';

export interface ExportAuditLogOptions {
  /**
   * A number exports only records with `seq` greater than it (pass the last seq already shipped; 0 = all).
   * A Date exports only records whose `time` is at or after it. Default: every record.
   */
  readonly since?: number | Date;
}

export interface ExportAuditLogResult {
  /** Lines written. */
  readonly records: number;
  /** Seq of the last line written; null when none was. */
  readonly lastSeq: number | null;
}

/**
 * Writes the records of audit log `file` as JSON Lines (one record per line, the stored canonical JSON
 * byte for byte, in seq order) to `out`: a file path (created or truncated, closed when done) or a writable
 * stream (left open). Reads the file read-only and streams rows, so memory use does not grow with the log.
 * The text is exported as stored, without verifying it: run `verifyAuditLog`, or let the SIEM re-check the
 * chain. With a Date `since`, a record whose JSON does not parse is exported (its time is unknown).
 * Throws when `file` does not exist or has no audit table, and on a write error.
 */
export async function exportAuditLog(
  file: string,
  out: NodeJS.WritableStream | string,
  options: ExportAuditLogOptions = {},
): Promise<ExportAuditLogResult> {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  let records = 0;
  let lastSeq: number | null = null;
  const since = options.since;
  let select: Database.Statement<[number]>;
  try {
    select = db.prepare('SELECT seq, record FROM audit WHERE seq > ? ORDER BY seq');
  } catch (error) {
    db.close();
    throw error;
  }
  function* lines(): Generator<string> {
    try {
      const rows = select.iterate(typeof since === 'number' ? since : 0) as Iterable<{
        seq: number;
        record: unknown;
      }>;
      for (const row of rows) {
        const text = String(row.record);
        if (since instanceof Date && !isAtOrAfter(text, since)) continue;
        records += 1;
        lastSeq = row.seq;
        yield `${text}\n`;
      }
    } finally {
      db.close();
    }
  }
  try {
    const source = Readable.from(lines(), { objectMode: false });
    if (typeof out === 'string') await pipeline(source, fs.createWriteStream(out));
    else await pipeline(source, out, { end: false });
  } finally {
    if (db.open) db.close();
  }
  return { records, lastSeq };
}

function isAtOrAfter(text: string, since: Date): boolean {
  try {
    const time = Date.parse(String((JSON.parse(text) as { time?: unknown }).time));
    return Number.isNaN(time) || time >= since.getTime();
  } catch {
    return true;
  }
}
