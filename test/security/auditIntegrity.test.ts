import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { compose } from '../../host/compose';
import { loadConfig } from '../../host/config/loadConfig';
import { silentLogger } from '../../host/log/createLogger';
import { FileHeadAnchor } from '../../skills/audit/HeadAnchor';
import { loadOrCreateKeyFile } from '../../skills/audit/headKey';
import { SqliteAuditLog } from '../../skills/audit/SqliteAuditLog';
import { writeFixtureCorpus } from '../support/botFixture';
import { TAMPERING } from '../skills/audit/auditAttacks';
import { entry, tamper, tempDir } from '../skills/audit/auditFixture';

const ROOT = path.join(__dirname, '../..');
/** The audit:verify script as package.json runs it (`tsx <path>`), so the suite follows the CLI if it moves. */
const VERIFY_SCRIPT = (
  JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
).scripts['audit:verify']?.replace(/^tsx\s+/, '');

/** A deployment as documented: DATA_DIR holds the log; its key and the head anchor live elsewhere. */
interface Deployment {
  readonly root: string;
  readonly env: Record<string, string>;
  readonly file: string;
  /** The log as the app opens it, with the deployment's key and anchor. */
  open(): SqliteAuditLog;
  /** Appends `n` records through the app's log (open, append, close). */
  append(n: number): Promise<void>;
}

function deployment(): Deployment {
  const root = tempDir();
  const { corpus, directory } = writeFixtureCorpus(root);
  const env = {
    DATA_DIR: path.join(root, 'data'),
    KNOWLEDGE_SOURCE_DIR: corpus,
    DIRECTORY_FILE: directory,
    AUDIT_HEAD_KEY_FILE: path.join(root, 'secrets', 'audit-head.key'),
    AUDIT_HEAD_ANCHOR: path.join(root, 'anchor', 'audit-head.json'),
  };
  const file = path.join(env.DATA_DIR, 'audit.sqlite');
  let written = 0;
  const open = () =>
    new SqliteAuditLog({
      file,
      headKey: loadOrCreateKeyFile(env.AUDIT_HEAD_KEY_FILE),
      anchor: new FileHeadAnchor(env.AUDIT_HEAD_ANCHOR),
    });
  return {
    root,
    env,
    file,
    open,
    append: async (n) => {
      const log = open();
      for (let i = 0; i < n; i += 1) await log.append(entry((written += 1)));
      await log.close();
    },
  };
}

/** Copies the log file (and its WAL/shared-memory files when present) to `to`. */
/** The signed head row as it is now (to be put back later, as an attacker would). */
function readHead(file: string): { seq: number; hash: string; mac: string } {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT seq, hash, mac FROM audit_head').get() as {
      seq: number;
      hash: string;
      mac: string;
    };
  } finally {
    db.close();
  }
}

function copyLog(file: string, to: string, withWal: boolean): void {
  fs.mkdirSync(to, { recursive: true });
  for (const suffix of withWal ? ['', '-wal', '-shm'] : [''])
    if (fs.existsSync(`${file}${suffix}`))
      fs.copyFileSync(`${file}${suffix}`, path.join(to, `audit.sqlite${suffix}`));
}

/** Puts a copy made by `copyLog` back in place of the log, dropping whatever WAL the live log had. */
function restoreLog(file: string, from: string): void {
  for (const suffix of ['-wal', '-shm']) fs.rmSync(`${file}${suffix}`, { force: true });
  for (const suffix of ['', '-wal', '-shm']) {
    const saved = path.join(from, `audit.sqlite${suffix}`);
    if (fs.existsSync(saved)) fs.copyFileSync(saved, `${file}${suffix}`);
  }
}

/** An attack on a deployment whose log holds 10 records, by someone who can write DATA_DIR (not the key or anchor). */
type Attack = readonly [name: string, attack: (d: Deployment) => Promise<void> | void];

const FILE_ATTACKS: Attack[] = [
  [
    'the WAL lost after a crash (records since the last checkpoint gone)',
    async (d) => {
      const log = d.open();
      // The first 10 records were checkpointed when the log closed; 5 more sit only in the WAL.
      for (let i = 0; i < 5; i += 1) await log.append(entry(100 + i));
      copyLog(d.file, path.join(d.root, 'crash'), false);
      await log.close();
      restoreLog(d.file, path.join(d.root, 'crash'));
    },
  ],
  [
    'an older copy of the log restored (file only)',
    async (d) => {
      copyLog(d.file, path.join(d.root, 'backup'), false);
      await d.append(3);
      restoreLog(d.file, path.join(d.root, 'backup'));
    },
  ],
  [
    'an older copy restored with its WAL, taken while the app was running',
    async (d) => {
      const log = d.open();
      await log.append(entry(200));
      copyLog(d.file, path.join(d.root, 'hot-backup'), true);
      for (let i = 0; i < 3; i += 1) await log.append(entry(201 + i));
      await log.close();
      restoreLog(d.file, path.join(d.root, 'hot-backup'));
    },
  ],
  ['the log file deleted (a fresh, empty log on the next start)', (d) => fs.rmSync(d.file)],
  [
    'the log replaced by another deployment’s (signed with its own key)',
    async (d) => {
      const other = deployment();
      await other.append(12);
      fs.rmSync(`${d.file}-wal`, { force: true });
      fs.rmSync(`${d.file}-shm`, { force: true });
      fs.copyFileSync(other.file, d.file);
      fs.rmSync(other.root, { recursive: true, force: true });
    },
  ],
];

describe('audit integrity: every kind of tampering is caught at start-up and by audit:verify', function () {
  this.timeout(300_000);
  const roots: string[] = [];
  after(() => roots.forEach((root) => fs.rmSync(root, { recursive: true, force: true })));

  /** True when the app refuses to start over this log (compose throws). */
  const startupRefuses = (d: Deployment): boolean => {
    try {
      const services = compose(loadConfig(d.env, { cwd: d.root }), { log: silentLogger });
      void services.close();
      return false;
    } catch {
      return true;
    }
  };
  /** The audit:verify CLI's exit code (0 = OK) and output, run as the operator would, configured by env. */
  const verifyCli = (d: Deployment): Promise<{ code: number | null; out: string }> =>
    new Promise((resolve, reject) => {
      assert.ok(VERIFY_SCRIPT, 'package.json has an audit:verify script');
      const child = spawn(process.execPath, ['--import', 'tsx', VERIFY_SCRIPT], {
        cwd: ROOT,
        env: { ...process.env, LOG_LEVEL: 'error', ...d.env },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      child.stdout.on('data', (data: Buffer) => (out += data.toString()));
      child.stderr.on('data', (data: Buffer) => (out += data.toString()));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, out }));
    });
  const fresh = async (): Promise<Deployment> => {
    const d = deployment();
    roots.push(d.root);
    await d.append(10);
    return d;
  };

  it('passes an intact log, appended across restarts (the detectors are not refusing everything)', async () => {
    const d = await fresh();
    await d.append(5);
    assert.equal(startupRefuses(d), false);
    const run = await verifyCli(d);
    assert.equal(run.code, 0, run.out);
    assert.match(run.out, /audit log OK: 15 records/);
  });

  it('catches 100% of record edits, deletions, reorderings, truncations, WAL loss, restores and old heads', async () => {
    const attacks: Attack[] = [
      ...TAMPERING.map(([name, attack]): Attack => [name, (d) => tamper(d.file, attack)]),
      ...FILE_ATTACKS,
      [
        'an older head row put back with the table truncated to it',
        async (d) => {
          const head = readHead(d.file);
          await d.append(4);
          tamper(d.file, (rw) => {
            rw.prepare('DELETE FROM audit WHERE seq > ?').run(head.seq);
            rw.prepare('UPDATE audit_head SET seq = ?, hash = ?, mac = ? WHERE id = 1').run(
              head.seq,
              head.hash,
              head.mac,
            );
          });
        },
      ],
      [
        'an older head row put back over the full table',
        async (d) => {
          const head = readHead(d.file);
          await d.append(4);
          tamper(d.file, (rw) =>
            rw
              .prepare('UPDATE audit_head SET seq = ?, hash = ?, mac = ? WHERE id = 1')
              .run(head.seq, head.hash, head.mac),
          );
        },
      ],
    ];
    const missed: string[] = [];
    let atStartup = 0;
    let byVerify = 0;
    for (const [name, attack] of attacks) {
      const d = await fresh();
      await attack(d);
      const refused = startupRefuses(d);
      const run = await verifyCli(d);
      if (refused) atStartup += 1;
      else missed.push(`start-up: ${name}`);
      if (run.code !== 0) byVerify += 1;
      else missed.push(`audit:verify: ${name} (${run.out.trim()})`);
    }
    console.log(
      `      audit integrity: ${attacks.length} attacks; detected at start-up ${atStartup}/${attacks.length}, by audit:verify ${byVerify}/${attacks.length}`,
    );
    assert.deepEqual(missed, []);
  });
});
