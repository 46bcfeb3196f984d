import assert from 'node:assert/strict';
import type { AnswerEvent, AnswerLog } from '../../../skills/usage/AnswerLog';
import { storeUnderTest, type StoreFactory } from '../../support/storeFixture';

/**
 * The behaviour every `AnswerLog` backend must show identically (the contract in `skills/usage/AnswerLog.ts`):
 * events stored as given, replaced by id, listed newest first from a time with a limit, texts cut, and kept
 * across store objects.
 */
export function answerLogContract(name: string, factory: StoreFactory<AnswerLog, object>): void {
  describe(`AnswerLog contract: ${name}`, () => {
    const subject = storeUnderTest(factory, () => ({}));
    const event = (id: string, at: string, extra: Partial<AnswerEvent> = {}): AnswerEvent => ({
      id,
      at,
      surface: 'teams',
      skill: 'ask_knowledge',
      userId: 'alex',
      conversationId: 'c1',
      question: `question ${id}`,
      brand: 'kestrel',
      outcome: 'answered',
      citedSourceIds: ['a.md', 'b.md'],
      closestSourceIds: ['a.md', 'b.md', 'c.md'],
      answerText: `answer ${id}`,
      ...extra,
    });

    it('stores an event as given, optional fields absent when absent', async () => {
      const full = event('e1', '2026-01-05T09:00:00.000Z');
      const declined = event('e2', '2026-01-05T09:01:00.000Z', {
        outcome: 'declined',
        citedSourceIds: [],
        answerText: '',
      });
      // The same event without the optional conversation and brand.
      const bare: AnswerEvent = {
        id: declined.id,
        at: declined.at,
        surface: declined.surface,
        skill: declined.skill,
        userId: declined.userId,
        question: declined.question,
        outcome: declined.outcome,
        citedSourceIds: declined.citedSourceIds,
        closestSourceIds: declined.closestSourceIds,
        answerText: declined.answerText,
      };
      await subject.store.record(full);
      await subject.store.record(bare);
      assert.deepEqual(await subject.store.list(), [bare, full]);
    });

    it('lists newest first, from a time, at most a limit', async () => {
      for (const [id, minute] of [
        ['e1', 1],
        ['e3', 3],
        ['e2', 2],
      ] as const)
        await subject.store.record(event(id, `2026-01-05T09:0${minute}:00.000Z`));
      const ids = (events: AnswerEvent[]) => events.map((e) => e.id);
      assert.deepEqual(ids(await subject.store.list()), ['e3', 'e2', 'e1']);
      assert.deepEqual(ids(await subject.store.list({ since: '2026-01-05T09:02:00.000Z' })), ['e3', 'e2']);
      assert.deepEqual(ids(await subject.store.list({ limit: 1 })), ['e3']);
    });

    it('replaces an event recorded again under its id', async () => {
      await subject.store.record(event('e1', '2026-01-05T09:00:00.000Z'));
      await subject.store.record(event('e1', '2026-01-05T09:00:00.000Z', { outcome: 'declined' }));
      const events = await subject.store.list();
      assert.deepEqual(
        events.map((e) => e.outcome),
        ['declined'],
      );
    });

    it('cuts questions and answers at 4,000 characters', async () => {
      await subject.store.record(
        event('e1', '2026-01-05T09:00:00.000Z', { question: 'q'.repeat(4100), answerText: 'a'.repeat(4100) }),
      );
      const [stored] = await subject.store.list();
      assert.equal(stored?.question, 'q'.repeat(4000));
      assert.equal(stored?.answerText, 'a'.repeat(4000));
    });

    it('keeps events across store objects (a restart, another instance)', async () => {
      await subject.store.record(event('e1', '2026-01-05T09:00:00.000Z'));
      const later = await subject.open();
      assert.deepEqual(
        (await later.list()).map((e) => e.id),
        ['e1'],
      );
    });
  });
}
