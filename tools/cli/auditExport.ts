/**
 * `npm run audit:export -- [--out <file.jsonl>] [--since <seq | ISO time>] [--file <path>]`: writes the audit
 * trail (default `DATA_DIR/audit.sqlite`) as JSON Lines for a SIEM, to stdout unless `--out` is given.
 * `--since 42` exports the records after seq 42; `--since 2026-01-01T00:00:00Z` those at or after that time.
 * The summary goes to stderr, so stdout carries only records. Exit 0 on success, 1 on a write or read
 * error, 2 on bad usage or configuration, or when there is no log at the path. Does not verify the chain:
 * run `npm run audit:verify` for that.
 */
import fs from 'node:fs';
import path from 'node:path';
import { exportAuditLog } from '../../skills/audit/exportAuditLog';
import { ConfigError, loadConfig } from '../../host/config/loadConfig';

const USAGE =
  'usage: npm run audit:export -- [--out <file.jsonl>] [--since <seq | ISO time>] [--file <audit.sqlite>]';
const FLAGS = ['--out', '--since', '--file'];

async function main(argv: string[]): Promise<number> {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 2) {
    const [name, value] = [argv[i] as string, argv[i + 1]];
    if (!FLAGS.includes(name) || !value || values.has(name)) {
      console.error(USAGE);
      return 2;
    }
    values.set(name, value);
  }
  const sinceText = values.get('--since');
  const since = sinceText === undefined ? undefined : parseSince(sinceText);
  if (since === null) {
    console.error(`--since: expected a record number or an ISO 8601 time, got "${sinceText}"`);
    return 2;
  }
  let file: string;
  try {
    const given = values.get('--file');
    file = given ? path.resolve(given) : path.join(loadConfig().dataDir, 'audit.sqlite');
  } catch (error) {
    console.error(error instanceof ConfigError ? error.message : String(error));
    return 2;
  }
  if (!fs.existsSync(file)) {
    console.error(`no audit log at ${file}`);
    return 2;
  }
  const out = values.get('--out');
  const result = await exportAuditLog(
    file,
    out ? path.resolve(out) : process.stdout,
    since === undefined ? {} : { since },
  );
  console.error(
    `exported ${result.records} audit records${result.lastSeq === null ? '' : ` (last seq ${result.lastSeq})`}`,
  );
  return 0;
}

/** A seq (non-negative integer) or a time; null when `text` is neither. */
function parseSince(text: string): number | Date | null {
  if (/^\d+$/.test(text)) return Number(text);
  const time = Date.parse(text);
  return /^\d{4}-\d{2}-\d{2}/.test(text) && !Number.isNaN(time) ? new Date(time) : null;
}

// exitCode rather than exit(): lets a piped stdout drain before the process ends.
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
