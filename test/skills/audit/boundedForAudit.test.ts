import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { z } from 'zod/v4';
import { boundedForAudit } from '../../../skills/audit/boundedForAudit';
import { canonicalJson } from '../../../skills/audit/canonicalJson';
import { SqliteAuditLog } from '../../../skills/audit/SqliteAuditLog';
import { verifyAuditLog } from '../../../skills/audit/verifyAuditLog';
import { SqliteConfirmationStore } from '../../../skills/confirm/SqliteConfirmationStore';
import { SqliteIdempotencyStore } from '../../../skills/confirm/SqliteIdempotencyStore';
import { SkillRegistry } from '../../../skills/SkillRegistry';
import { tempDir } from './auditFixture';

/** An object nested `depth` levels deep: `{ a: { a: { … } } }`. */
function nested(depth: number): Record<string, unknown> {
  let value: Record<string, unknown> = { leaf: true };
  for (let i = 0; i < depth; i += 1) value = { a: value };
  return value;
}

describe('boundedForAudit', () => {
  it('cuts nesting, wide objects, long arrays and long strings, and always serialises', () => {
    const wide = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`k${i}`, i]));
    const bounded = boundedForAudit({
      deep: nested(10000),
      wide,
      list: Array.from({ length: 500 }, () => 1),
      text: 'x'.repeat(10000),
    });
    const json = canonicalJson(bounded);
    assert.ok(json.length < 20000, `${json.length} characters`);
    assert.match(json, /\[truncated\]/);
    assert.match(json, /450 more/);
  });

  it('keeps ordinary parameters as they are', () => {
    const params = {
      title: 'Printer jam',
      priority: 'high',
      tags: ['a', 'b'],
      count: 2,
      done: false,
      none: null,
    };
    assert.deepEqual(boundedForAudit(params), params);
  });

  it('keeps a __proto__ key as data, never as a prototype', () => {
    const bounded = boundedForAudit(JSON.parse('{"__proto__":{"polluted":true}}') as Record<string, unknown>);
    assert.equal(({} as { polluted?: boolean }).polluted, undefined);
    assert.deepEqual(Object.keys(bounded), ['__proto__']);
  });
});

describe('an action is never left without its audit record (hostile confirm data)', () => {
  it('refuses confirm data nested 10,000 levels deep before acting, records the refusal, and the token still works', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'audit.sqlite');
    const audit = new SqliteAuditLog({ file });
    const db = new Database(':memory:');
    const confirmations = new SqliteConfirmationStore({ db });
    const filed: string[] = [];
    const registry = new SkillRegistry({
      audit,
      confirmations,
      idempotency: new SqliteIdempotencyStore({ db }),
    }).register({
      name: 'file_note',
      title: 'File note',
      description: 'd',
      parameters: z.object({}),
      consequential: true,
      examples: [],
      handler: async () => ({
        card: { type: 'AdaptiveCard', version: '1.5', $schema: '', body: [] },
        text: '',
        aiGenerated: false,
        citations: [],
      }),
      confirm: {
        edits: z.looseObject({}),
        execute: async () => {
          filed.push('note');
          return {
            card: { type: 'AdaptiveCard', version: '1.5', $schema: '', body: [] },
            text: 'filed',
            aiGenerated: false,
            citations: [],
            audit: { action: 'note_filed' },
          };
        },
      },
    });
    try {
      const { token } = await confirmations.issue({ userId: 'alex', skill: 'file_note', draft: {} });
      const context = { user: { id: 'alex', principals: [] }, surface: 'test' } as const;
      await assert.rejects(registry.confirm('file_note', { token, edits: nested(10000) }, context), {
        code: 'too_deeply_nested',
      });
      assert.deepEqual(filed, []);
      assert.equal((await registry.confirm('file_note', { token, edits: {} }, context)).text, 'filed');
      assert.deepEqual(filed, ['note']);
      await audit.close();
      const rows = new Database(file, { readonly: true }).prepare('SELECT record FROM audit').all() as {
        record: string;
      }[];
      const actions = rows.map((row) => (JSON.parse(row.record) as { action: string }).action);
      assert.deepEqual(actions, ['refused', 'action_confirmed', 'note_filed']);
      assert.ok(verifyAuditLog(file).ok);
    } finally {
      await audit.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
