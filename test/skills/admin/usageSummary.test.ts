import assert from 'node:assert/strict';
import { citationCounts } from '../../../skills/admin/citationCounts';
import { pseudonym } from '../../../skills/admin/pseudonym';
import { usageSummary } from '../../../skills/admin/usageSummary';
import type { AnswerEvent } from '../../../skills/usage/AnswerLog';

const event = (at: string, extra: Partial<AnswerEvent> = {}): AnswerEvent => ({
  id: at,
  at,
  surface: 'teams',
  skill: 'ask_knowledge',
  userId: 'alex',
  question: 'q',
  outcome: 'answered',
  citedSourceIds: ['a.md'],
  closestSourceIds: ['a.md'],
  answerText: 'x',
  ...extra,
});

describe('admin figures', () => {
  const events = [
    event('2026-01-05T09:00:00.000Z', { brand: 'kestrel' }),
    event('2026-01-05T10:00:00.000Z', { outcome: 'declined', citedSourceIds: [] }),
    event('2026-01-06T08:00:00.000Z', {
      surface: 'copilot',
      brand: 'kestrel',
      citedSourceIds: ['a.md', 'b.md', 'a.md'],
    }),
  ];

  it('counts questions per day, surface and brand, answered and declined', () => {
    const summary = usageSummary(events);
    assert.deepEqual(summary.total, { key: 'total', asked: 3, answered: 2, declined: 1 });
    assert.deepEqual(summary.perDay, [
      { key: '2026-01-05', asked: 2, answered: 1, declined: 1 },
      { key: '2026-01-06', asked: 1, answered: 1, declined: 0 },
    ]);
    assert.deepEqual(summary.bySurface, [
      { key: 'teams', asked: 2, answered: 1, declined: 1 },
      { key: 'copilot', asked: 1, answered: 1, declined: 0 },
    ]);
    assert.deepEqual(summary.byBrand, [
      { key: 'kestrel', asked: 2, answered: 2, declined: 0 },
      { key: '(none)', asked: 1, answered: 0, declined: 1 },
    ]);
  });

  it('counts citations once per answer and lists documents never cited', () => {
    const counts = citationCounts(events, ['a.md', 'b.md', 'c.md', 'd.md'], 1);
    assert.deepEqual(counts.mostCited, [{ docId: 'a.md', answers: 2 }]);
    assert.deepEqual(counts.neverCited, ['c.md']);
    assert.equal(counts.neverCitedCount, 2);
  });

  it('pseudonymises a person stably per key, differently under another key', () => {
    assert.equal(pseudonym('k1', 'alex'), pseudonym('k1', 'alex'));
    assert.match(pseudonym('k1', 'alex'), /^person-[0-9a-f]{10}$/);
    assert.notEqual(pseudonym('k1', 'alex'), pseudonym('k1', 'megan'));
    assert.notEqual(pseudonym('k1', 'alex'), pseudonym('k2', 'alex'));
  });
});
