import assert from 'node:assert/strict';
import path from 'node:path';
import Database from 'better-sqlite3';
import { verifyAuditLog } from '../../../skills/audit/verifyAuditLog';
import { ALEX, messageActivity } from '../../support/botFixture';
import { useFixtureBot } from '../../support/useFixtureBot';

describe('audit trail of answered questions (real server)', () => {
  const fixture = useFixtureBot();

  const ask = (text: string) =>
    fetch(`${fixture.baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(messageActivity(text, ALEX)),
    });

  it('records who asked, what, the cited sources and the planner, in a verifiable chain', async () => {
    assert.equal((await ask('What is the pass criterion for the brake fade test?')).status, 200);
    assert.equal((await ask('What is the capital of Peru?')).status, 200);
    const file = path.join(fixture.root, 'data', 'audit.sqlite');
    const verdict = verifyAuditLog(file);
    assert.equal(verdict.ok, true, JSON.stringify(verdict));
    const db = new Database(file, { readonly: true });
    const records = (db.prepare('SELECT record FROM audit ORDER BY seq').all() as { record: string }[]).map(
      (row) => JSON.parse(row.record) as Record<string, unknown>,
    );
    db.close();
    const answered = records.find((r) => r.action === 'question_answered');
    assert.ok(answered, JSON.stringify(records));
    assert.equal((answered.actor as { userId: string }).userId, ALEX);
    assert.equal(answered.skill, 'ask_knowledge');
    assert.equal(answered.planner, 'rules');
    assert.deepEqual(answered.sourceIds, ['brake-fade.md']);
    assert.deepEqual(answered.parameters, {
      question: 'What is the pass criterion for the brake fade test?',
    });
    assert.ok(records.some((r) => r.action === 'question_not_answered'));
  });
});
