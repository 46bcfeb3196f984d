import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Where the generated head key of audit log `file` lives: `<file>.key`. */
export function headKeyFile(file: string): string {
  return `${file}.key`;
}

/** The generated head key of `file` (trimmed file content), or undefined when the key file does not exist. */
export function readHeadKey(file: string): string | undefined {
  return readKeyFile(headKeyFile(file));
}

/** A key file's trimmed content, or undefined when it does not exist. */
export function readKeyFile(keyFile: string): string | undefined {
  try {
    return fs.readFileSync(keyFile, 'utf8').trim();
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
  return loadOrCreateKeyFile(headKeyFile(file));
}

/**
 * The key in `keyFile`, creating it (32 random bytes as hex, mode 0600, its folder too) when missing. Safe
 * against a concurrent creator: exactly one key is ever written.
 */
export function loadOrCreateKeyFile(keyFile: string): string {
  const existing = readKeyFile(keyFile);
  if (existing) return existing;
  fs.mkdirSync(path.dirname(keyFile), { recursive: true });
  // Written aside, then linked into place: a concurrent reader sees no key file or the whole key.
  const temp = `${keyFile}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`;
  fs.writeFileSync(temp, `${crypto.randomBytes(32).toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
  try {
    fs.linkSync(temp, keyFile);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    fs.rmSync(temp, { force: true });
  }
  const key = readKeyFile(keyFile);
  if (!key) throw new Error(`audit head key file is empty: ${keyFile}`);
  return key;
}

/** The sidecar key: created for a new log, required for an existing one; in memory for `:memory:`. */
export function generatedKey(file: string, fresh: boolean): string {
  if (file === ':memory:') return crypto.randomBytes(32).toString('hex');
  if (fresh) return loadOrCreateHeadKey(file);
  const key = readHeadKey(file);
  if (!key) throw new Error(`audit log ${file} exists but its head key ${headKeyFile(file)} is missing`);
  return key;
}
