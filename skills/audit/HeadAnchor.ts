import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { SignedHead } from './signedHead';

/**
 * Where the audit log's signed head is also kept, outside the log's own file and folder, so that rolling
 * the log back (deleting its WAL after a crash, restoring an older copy, putting back an older head row)
 * shows: the anchor remembers a later head than the rolled-back log has. Implementations: a file on another
 * volume (`FileHeadAnchor`); in production an Azure Storage append blob with an immutability policy is the
 * intended home (not built yet).
 */
export interface HeadAnchor {
  /** The last head written, or undefined when none was ever written. Throws when it can't be read. */
  read(): SignedHead | undefined;
  /** Records `head` durably before returning. */
  write(head: SignedHead): void;
  /** Where the anchor lives, for messages. */
  readonly location: string;
}

/**
 * A head anchor in one small JSON file (`{"seq","hash","mac"}`), replaced atomically (write aside, fsync,
 * rename). Put it on a path the data folder's backups and restores don't touch.
 */
export class FileHeadAnchor implements HeadAnchor {
  constructor(readonly location: string) {}

  read(): SignedHead | undefined {
    let text: string;
    try {
      text = fs.readFileSync(this.location, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
    const value = JSON.parse(text) as Partial<SignedHead>;
    if (typeof value.seq !== 'number' || typeof value.hash !== 'string' || typeof value.mac !== 'string')
      throw new Error(`audit head anchor ${this.location} is malformed`);
    return { seq: value.seq, hash: value.hash, mac: value.mac };
  }

  write(head: SignedHead): void {
    fs.mkdirSync(path.dirname(this.location), { recursive: true });
    const temp = `${this.location}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`;
    const fd = fs.openSync(temp, 'w', 0o600);
    try {
      fs.writeSync(fd, JSON.stringify({ seq: head.seq, hash: head.hash, mac: head.mac }));
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, this.location);
  }
}

/**
 * Compares an anchored head with the log: the anchor may lag the log (a crash between the log's commit and
 * the anchor's write, or a log that existed before anchoring), but it may never be ahead of it or disagree
 * with the record at its seq. `hashAt(seq)` returns the stored hash of record `seq` (GENESIS for 0), or
 * undefined when the log has no such record. Returns a problem sentence, or undefined when consistent.
 */
export function checkAnchor(
  anchored: SignedHead | undefined,
  lastSeq: number,
  hashAt: (seq: number) => string | undefined,
  location: string,
): string | undefined {
  if (!anchored) return undefined;
  if (anchored.seq > lastSeq) {
    return `the log ends at record ${lastSeq} but its anchor (${location}) holds record ${anchored.seq}: the log was rolled back or truncated`;
  }
  const stored = hashAt(anchored.seq);
  if (stored !== anchored.hash) {
    return `record ${anchored.seq} does not match its anchor (${location}): the log was replaced`;
  }
  return undefined;
}
