import type Database from 'better-sqlite3';
import { canonicalJson } from '../../../skills/audit/canonicalJson';
import { hashRecord } from '../../../skills/audit/hashRecord';
import { signHead } from '../../../skills/audit/signedHead';
import { storedRecord, storedText } from './auditFixture';

/** Flips the lowest bit of the character at `index` of record `seq`'s stored JSON. */
function flipByte(db: Database.Database, seq: number, index: (text: string) => number): void {
  const text = storedText(db, seq);
  const at = index(text);
  const flipped = text.slice(0, at) + String.fromCharCode(text.charCodeAt(at) ^ 1) + text.slice(at + 1);
  db.prepare('UPDATE audit SET record = ? WHERE seq = ?').run(flipped, seq);
}

/** Replaces record `seq` with an edited copy whose own hash is recomputed correctly. */
function rehash(db: Database.Database, seq: number): void {
  const record: Record<string, unknown> & { prevHash: string } = {
    ...(storedRecord(db, seq) as { prevHash: string }),
    outcome: 'refused',
  };
  record.hash = hashRecord(record);
  db.prepare('UPDATE audit SET record = ? WHERE seq = ?').run(canonicalJson(record), seq);
}

export function setHead(db: Database.Database, seq: number, key: string): void {
  const hash = storedRecord(db, seq).hash as string;
  db.prepare('UPDATE audit_head SET seq = ?, hash = ?, mac = ?').run(seq, hash, signHead(key, { seq, hash }));
}

const swap = (db: Database.Database, a: number, b: number) => {
  db.prepare('UPDATE audit SET seq = -1 WHERE seq = ?').run(a);
  db.prepare('UPDATE audit SET seq = ? WHERE seq = ?').run(a, b);
  db.prepare('UPDATE audit SET seq = ? WHERE seq = -1').run(b);
};

/**
 * Edits of a 10-record log by someone with write access to its file (applied through `tamper`): [case, attack,
 * the first bad seq `verifyAuditLog` names, the problem it reports].
 */
export const TAMPERING: [string, (db: Database.Database) => void, number | null, RegExp][] = [
  ['one byte flipped inside a value', (db) => flipByte(db, 4, (t) => t.indexOf('user-4') + 5), 4, /hash/],
  ['one byte flipped in a key', (db) => flipByte(db, 6, (t) => t.indexOf('"outcome"') + 2), 6, /hash/],
  ['one byte flipped breaking the JSON', (db) => flipByte(db, 3, (t) => t.length - 1), 3, /does not parse/],
  [
    'the record replaced by a blob',
    (db) => db.prepare("UPDATE audit SET record = x'7b7d' WHERE seq = 2").run(),
    2,
    /not text/,
  ],
  [
    'whitespace added (same data)',
    (db) => db.prepare("UPDATE audit SET record = ' ' || record WHERE seq = 5").run(),
    5,
    /canonical/,
  ],
  [
    'a middle record deleted',
    (db) => db.prepare('DELETE FROM audit WHERE seq = 5').run(),
    5,
    /record 5 is missing/,
  ],
  [
    'the first record deleted',
    (db) => db.prepare('DELETE FROM audit WHERE seq = 1').run(),
    1,
    /record 1 is missing/,
  ],
  ['two records swapped (seq)', (db) => swap(db, 4, 5), 4, /reordered/],
  [
    'the last 3 records truncated',
    (db) => db.prepare('DELETE FROM audit WHERE seq > 7').run(),
    8,
    /truncated/,
  ],
  ['every record deleted', (db) => db.prepare('DELETE FROM audit').run(), 1, /truncated/],
  ['the head deleted', (db) => db.prepare('DELETE FROM audit_head').run(), null, /head is missing/],
  [
    'truncated, head forged without the key',
    (db) => {
      db.prepare('DELETE FROM audit WHERE seq > 7').run();
      setHead(db, 7, 'a guessed key');
    },
    null,
    /does not verify/,
  ],
  [
    'a middle record validly re-hashed',
    (db) => rehash(db, 5),
    6,
    /prevHash does not match the hash of record 5/,
  ],
  ['the last record validly re-hashed', (db) => rehash(db, 10), 10, /signed head/],
  [
    'the last record re-hashed, head forged',
    (db) => {
      rehash(db, 10);
      setHead(db, 10, 'a guessed key');
    },
    null,
    /does not verify/,
  ],
  [
    'a record appended outside the app',
    (db) => {
      const last = storedRecord(db, 10);
      const record = { ...last, seq: 11, prevHash: last.hash as string };
      db.prepare('INSERT INTO audit(seq, record) VALUES (11, ?)').run(
        canonicalJson({ ...record, hash: hashRecord(record) }),
      );
    },
    11,
    /not covered by the signed head/,
  ],
  [
    'records renumbered after a deletion',
    (db) => {
      db.prepare('DELETE FROM audit WHERE seq = 5').run();
      for (let seq = 6; seq <= 10; seq += 1)
        db.prepare('UPDATE audit SET seq = ? WHERE seq = ?').run(seq - 1, seq);
    },
    5,
    /reordered or renumbered/,
  ],
];
