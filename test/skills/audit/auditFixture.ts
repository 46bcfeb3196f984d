import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { AuditEntry } from '../../../skills/audit/AuditLog';
import { SqliteAuditLog } from '../../../skills/audit/SqliteAuditLog';

/** A realistic entry; `i` varies the user and question. */
export function entry(i: number, extra: Partial<AuditEntry> = {}): AuditEntry {
  return {
    actor: { userId: `user-${i}`, tenantId: 'tenant-1', surface: 'test' },
    skill: 'ask_knowledge',
    action: 'question_answered',
    parameters: { question: `What is the NMP-E charge time, case ${i}?`, brand: 'Aurex' },
    sourceIds: [`doc-${i}.md`],
    planner: 'rules',
    outcome: 'ok',
    ...extra,
  };
}

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'audit-'));
}

/** Creates `dir/audit.sqlite` with `count` records (fixed clock, one second apart) and closes it. */
export async function writeLog(dir: string, count: number, headKey?: string): Promise<string> {
  const file = path.join(dir, 'audit.sqlite');
  let tick = 0;
  const log = new SqliteAuditLog({
    file,
    now: () => new Date(Date.UTC(2026, 0, 1, 9, 0, tick++)),
    ...(headKey ? { headKey } : {}),
  });
  for (let i = 1; i <= count; i += 1) await log.append(entry(i));
  await log.close();
  return file;
}

/**
 * What an attacker with write access to the file does: open it directly, drop the append-only triggers,
 * run `work`, close. (The app re-creates the triggers the next time it opens the log.)
 */
export function tamper(file: string, work: (db: Database.Database) => void): void {
  const db = new Database(file);
  try {
    db.exec('DROP TRIGGER audit_no_update; DROP TRIGGER audit_no_delete; DROP TRIGGER audit_next_seq;');
    work(db);
  } finally {
    db.close();
  }
}

export function storedText(db: Database.Database, seq: number): string {
  return (db.prepare('SELECT record FROM audit WHERE seq = ?').get(seq) as { record: string }).record;
}

export function storedRecord(db: Database.Database, seq: number): Record<string, unknown> {
  return JSON.parse(storedText(db, seq)) as Record<string, unknown>;
}

/** The stored text of every record of the audit log `file`, in sequence order. */
export function storedTexts(file: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare('SELECT record FROM audit ORDER BY seq').all() as { record: string }[]).map(
      (row) => row.record,
    );
  } finally {
    db.close();
  }
}

/**
 * Mocha hooks: a fresh temp dir holding an audit log of `records` records (`writeLog`) before each test
 * (`'each'`) or once before the suite (`'all'`), removed after. The returned object names the current dir and file.
 */
export function useWrittenLog(
  records: number,
  scope: 'each' | 'all',
): { readonly dir: string; readonly file: string } {
  const current = { dir: '', file: '' };
  const [setUp, tearDown] = scope === 'each' ? [beforeEach, afterEach] : [before, after];
  setUp(async () => {
    current.dir = tempDir();
    current.file = await writeLog(current.dir, records);
  });
  tearDown(() => fs.rmSync(current.dir, { recursive: true, force: true }));
  return current;
}
