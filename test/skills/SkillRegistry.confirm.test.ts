import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { z } from 'zod/v4';
import type { AdaptiveCard } from '../../adaptive-cards';
import type { AuditEntry, AuditLog, AuditRecord } from '../../skills/audit/AuditLog';
import { SqliteConfirmationStore } from '../../skills/confirm/SqliteConfirmationStore';
import { SqliteIdempotencyStore } from '../../skills/confirm/SqliteIdempotencyStore';
import { SkillRegistry } from '../../skills/SkillRegistry';
import type { SkillContext, SkillResult } from '../../skills/SkillDescriptor';

/** Array-backed AuditLog double (the SQLite log has its own tests). */
class ArrayAuditLog implements AuditLog {
  readonly records: AuditEntry[] = [];
  async append(entry: AuditEntry): Promise<AuditRecord> {
    this.records.push(entry);
    return { ...entry, seq: this.records.length, time: '', prevHash: '', hash: '' };
  }
  async close(): Promise<void> {}
}

const card: AdaptiveCard = { type: 'AdaptiveCard', version: '1.5', $schema: '', body: [] };
const ctx = (userId: string): SkillContext => ({ user: { id: userId, principals: [] }, surface: 'test' });

describe('SkillRegistry: consequential skills', () => {
  let executed: string[];
  let audit: ArrayAuditLog;
  let registry: SkillRegistry;
  let confirmations: SqliteConfirmationStore;
  beforeEach(() => {
    executed = [];
    audit = new ArrayAuditLog();
    const db = new Database(':memory:');
    confirmations = new SqliteConfirmationStore({ db });
    registry = new SkillRegistry({
      audit,
      confirmations,
      idempotency: new SqliteIdempotencyStore({ db }),
    }).register({
      name: 'send_memo',
      title: 'Send memo',
      description: 'd',
      parameters: z.object({ text: z.string().min(1) }),
      consequential: true,
      examples: [],
      handler: async (params, context): Promise<SkillResult> => {
        const { token } = await confirmations.issue({
          userId: context.user.id,
          skill: 'send_memo',
          draft: params,
        });
        return {
          card: { ...card },
          text: token,
          aiGenerated: false,
          citations: [],
          audit: { action: 'memo_proposed' },
        };
      },
      confirm: {
        edits: z.object({ text: z.string().min(1).optional() }),
        execute: async ({ draft, edits }, context) => {
          const text = edits.text ?? (draft as { text: string }).text;
          executed.push(`${context.user.id}:${text}`);
          return {
            card: { ...card },
            text: `sent ${text}`,
            aiGenerated: false,
            citations: [],
            audit: { action: 'memo_sent' },
          };
        },
      },
    });
  });
  const propose = async (userId = 'alex') =>
    (await registry.get('send_memo')!.invoke({ text: 'hello' }, ctx(userId))).text;

  it('invoke only proposes; confirm executes once with the edits', async () => {
    const token = await propose();
    assert.deepEqual(executed, []);
    assert.equal(
      (await registry.confirm('send_memo', { token, edits: { text: 'edited' } }, ctx('alex'))).text,
      'sent edited',
    );
    assert.deepEqual(executed, ['alex:edited']);
  });
  it('a repeat by the same user returns the first result without acting or auditing again', async () => {
    const token = await propose();
    const results = await Promise.all(
      Array.from({ length: 10 }, () => registry.confirm('send_memo', { token, edits: {} }, ctx('alex'))),
    );
    const again = await registry.confirm('send_memo', { token, edits: {} }, ctx('alex'));
    assert.deepEqual(executed, ['alex:hello']);
    assert.ok([...results, again].every((r) => r.text === 'sent hello'));
    assert.equal(audit.records.filter((r) => r.action === 'memo_sent').length, 1);
  });
  it('never shows another user the stored result of a confirmation they did not make', async () => {
    const token = await propose();
    await registry.confirm('send_memo', { token, edits: {} }, ctx('alex'));
    await assert.rejects(
      registry.confirm('send_memo', { token, edits: {} }, ctx('megan')),
      /confirmation_invalid/,
    );
    assert.deepEqual(executed, ['alex:hello']);
  });
  it('refuses invalid edits without consuming the token', async () => {
    const token = await propose();
    await assert.rejects(
      registry.confirm('send_memo', { token, edits: { text: 42 } }, ctx('alex')),
      /invalid_parameters/,
    );
    assert.equal((await registry.confirm('send_memo', { token, edits: {} }, ctx('alex'))).text, 'sent hello');
  });
  it('cancel revokes the token and is audited', async () => {
    const token = await propose();
    await registry.cancel('send_memo', token, ctx('alex'));
    await assert.rejects(
      registry.confirm('send_memo', { token, edits: {} }, ctx('alex')),
      (error: { code?: string; userMessage?: string }) =>
        error.code === 'confirmation_invalid' && /cancelled/.test(error.userMessage ?? ''),
    );
    assert.ok(audit.records.some((r) => r.action === 'proposal_discarded' && r.outcome === 'ok'));
    assert.deepEqual(executed, []);
  });
  it('audits who confirmed', async () => {
    const token = await propose();
    await registry.confirm('send_memo', { token, edits: {} }, ctx('alex'));
    const sent = audit.records.find((r) => r.action === 'memo_sent');
    assert.equal(sent?.confirmedBy, 'alex');
    assert.equal(sent?.outcome, 'ok');
  });
  it('refuses a consequential skill without confirm at registration', () => {
    assert.throws(() =>
      new SkillRegistry().register({
        name: 'bad_one',
        title: '',
        description: '',
        parameters: z.object({}),
        consequential: true,
        examples: [],
        handler: async () => ({ card: { ...card }, text: '', aiGenerated: false, citations: [] }),
      }),
    );
  });
});
