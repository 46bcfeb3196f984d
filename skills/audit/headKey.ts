import crypto from 'node:crypto';
import fs from 'node:fs';

/** Where the generated head key of audit log `file` lives: `<file>.key`. */
export function headKeyFile(file: string): string {
  return `${file}.key`;
}

/** The generated head key of `file` (trimmed file content), or undefined when the key file does not exist. */
export function readHeadKey(file: string): string | undefined {
  try {
    return fs.readFileSync(headKeyFile(file), 'utf8').trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Returns the head key of `file`, creating `<file>.key` (32 random bytes as hex, mode 0600) when missing.
 * Safe against a concurrent creator: exactly one key is ever written.
 */
export function loadOrCreateHeadKey(file: string): string {
  const existing = readHeadKey(file);
  if (existing) return existing;
  // Written aside, then linked into place: a concurrent reader sees no key file or the whole key.
  const temp = `${headKeyFile(file)}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`;
  fs.writeFileSync(temp, `${crypto.randomBytes(32).toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
  try {
    fs.linkSync(temp, headKeyFile(file));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    fs.rmSync(temp, { force: true });
  }
  const key = readHeadKey(file);
  if (!key) throw new Error(`audit head key file is empty: ${headKeyFile(file)}`);
  return key;
}
