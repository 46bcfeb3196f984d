import assert from 'node:assert/strict';
import { auditActor } from '../../../skills/audit/auditActor';

describe('auditActor: one way to name whom an audited action was for', () => {
  const cases: [string, Parameters<typeof auditActor>[0], ReturnType<typeof auditActor>][] = [
    [
      'user, tenant, conversation and surface',
      { user: { id: 'u1', tenantId: 't1' }, surface: 'teams', conversationId: 'c1' },
      { userId: 'u1', surface: 'teams', tenantId: 't1', conversationId: 'c1' },
    ],
    [
      'no tenant (local mode)',
      { user: { id: 'u1' }, surface: 'teams', conversationId: 'c1' },
      { userId: 'u1', surface: 'teams', conversationId: 'c1' },
    ],
    [
      'no conversation (plugin call)',
      { user: { id: 'u1', tenantId: 't1' }, surface: 'copilot' },
      { userId: 'u1', surface: 'copilot', tenantId: 't1' },
    ],
    ['neither', { user: { id: 'u1' }, surface: 'test' }, { userId: 'u1', surface: 'test' }],
  ];
  for (const [name, context, expected] of cases)
    it(name, () => assert.deepEqual(auditActor(context), expected));
});
