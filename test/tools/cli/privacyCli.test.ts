import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { SqliteAuditLog } from '../../../skills/audit/SqliteAuditLog';
import { SqliteAnswerLog } from '../../../skills/usage/SqliteAnswerLog';
import { fixtureDataDir } from '../../support/fixtureDataDir';
import { runCli } from './runCli';

const OLD = '2020-01-01T00:00:00.000Z';

describe('npm run purge and npm run privacy (tools/cli/purge.ts, privacy.ts)', function () {
  this.timeout(60_000);
  let dataDir: string;
  let env: Record<string, string>;
  before(async () => {
    const fixture = fixtureDataDir('privacy-cli-');
    dataDir = fixture.dataDir;
    env = { ...fixture.env, KNOWLEDGE_SOURCE_DIR: dataDir };
    const db = new Database(path.join(dataDir, 'state.sqlite'));
    const answers = new SqliteAnswerLog({ db });
    for (const [id, userId, at] of [
      ['a1', 'alice', OLD],
      ['a2', 'alice', new Date().toISOString()],
      ['b1', 'bob', new Date().toISOString()],
    ] as const)
      await answers.record({
        id,
        at,
        surface: 'teams',
        skill: 'ask_knowledge',
        userId,
        question: `question ${id}`,
        outcome: 'answered',
        citedSourceIds: [],
        closestSourceIds: [],
        answerText: '',
      });
    db.close();
    let clock = new Date(OLD);
    const audit = new SqliteAuditLog({ file: path.join(dataDir, 'audit.sqlite'), now: () => clock });
    const entry = (userId: string) => ({
      actor: { userId, surface: 'test' },
      skill: 'ask_knowledge',
      action: 'question_answered',
      parameters: {},
      sourceIds: [],
      planner: 'rules',
      outcome: 'ok' as const,
    });
    await audit.append(entry('alice'));
    await audit.append(entry('bob'));
    clock = new Date();
    await audit.append(entry('alice'));
    await audit.close();
  });
  after(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('purge removes what is past its retention, one line per kind, and audit:verify names the checkpoint', async () => {
    const run = await runCli('purge.ts', [], env);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^answerLog: 1 removed$/m);
    assert.match(run.stdout, /^audit: 2 removed$/m);
    assert.match(run.stdout, /^feedback: 0 removed$/m);
    const verify = await runCli('auditVerify.ts', [], env);
    assert.equal(verify.code, 0, verify.stdout);
    assert.match(verify.stdout, /^audit log OK: 1 records, from the retention checkpoint at record 2 /);
  });

  it('privacy export writes the user’s records as JSON; erase removes them and the audit chain verifies', async () => {
    const exported = await runCli('privacy.ts', ['export', 'alice'], env);
    assert.equal(exported.code, 0, exported.stderr);
    const data = JSON.parse(exported.stdout) as { userId: string; records: Record<string, unknown[]> };
    assert.equal(data.userId, 'alice');
    assert.equal(data.records.answerLog?.length, 1);
    assert.equal(data.records.audit?.length, 1);
    assert.ok(!exported.stdout.includes('bob'));
    const erased = await runCli('privacy.ts', ['erase', 'alice'], env);
    assert.equal(erased.code, 0, erased.stderr);
    assert.match(erased.stdout, /^answerLog: 1 erased$/m);
    assert.match(erased.stdout, /^audit: 1 pseudonymised$/m);
    const after = JSON.parse((await runCli('privacy.ts', ['export', 'alice'], env)).stdout) as {
      records: Record<string, unknown[]>;
    };
    assert.ok(Object.values(after.records).every((records) => records.length === 0));
    assert.equal((await runCli('auditVerify.ts', [], env)).code, 0);
  });

  it('refuses bad usage with exit 2', async () => {
    assert.equal((await runCli('privacy.ts', ['delete', 'alice'], env)).code, 2);
    assert.equal((await runCli('privacy.ts', ['export'], env)).code, 2);
    assert.equal((await runCli('purge.ts', ['--now'], env)).code, 2);
  });
});
