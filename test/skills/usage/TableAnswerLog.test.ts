import assert from 'node:assert/strict';
import type { TableClient } from '@azure/data-tables';
import type { AnswerEvent } from '../../../skills/usage/AnswerLog';
import { TableAnswerLog } from '../../../skills/usage/TableAnswerLog';
import { azureStoreFactory, freshAzuriteTable } from '../../support/azureStoreFactory';
import { answerLogContract } from './AnswerLog.contract';

answerLogContract(
  'Azure Table Storage (Azurite)',
  azureStoreFactory((storage) => new TableAnswerLog({ table: storage.table('answerlog') })),
);

describe('TableAnswerLog: days, limits, retention and erasure on Azurite', () => {
  let table: TableClient;
  let log: TableAnswerLog;
  beforeEach(async () => {
    table = await freshAzuriteTable('answerlog');
    log = new TableAnswerLog({ table });
  });
  afterEach(async () => {
    await table.deleteTable();
  });

  const event = (n: number, at: string, userId = n % 3 === 0 ? 'megan' : 'alex'): AnswerEvent => ({
    id: `e${n}`,
    at,
    surface: 'teams',
    skill: 'ask_knowledge',
    userId,
    question: `question ${n}`,
    outcome: 'answered',
    citedSourceIds: [],
    closestSourceIds: [],
    answerText: `answer ${n}`,
  });
  /** 230 events: 120 on 3 Jan (one a minute from 08:00), 60 on 4 Jan, 50 on 5 Jan. */
  const events = [
    ...Array.from({ length: 120 }, (_, i) => new Date(Date.UTC(2026, 0, 3, 8, i)).toISOString()),
    ...Array.from({ length: 60 }, (_, i) => new Date(Date.UTC(2026, 0, 4, 8, i)).toISOString()),
    ...Array.from({ length: 50 }, (_, i) => new Date(Date.UTC(2026, 0, 5, 8, i)).toISOString()),
  ].map((at, n) => event(n, at));
  const newestFirst = [...events].sort((a, b) => (a.at < b.at ? 1 : -1));
  const ids = (list: readonly AnswerEvent[]) => list.map((e) => e.id);

  it('lists across days newest first, from a time and up to a limit', async () => {
    for (const e of events) await log.record(e);
    assert.deepEqual(ids(await log.list()), ids(newestFirst));
    const since = '2026-01-04T08:30:00.000Z';
    assert.deepEqual(ids(await log.list({ since })), ids(newestFirst.filter((e) => e.at >= since)));
    assert.deepEqual(ids(await log.list({ limit: 55 })), ids(newestFirst.slice(0, 55)));
    assert.deepEqual(await log.list({ limit: 0 }), []);
  });

  it('purges what is older than the cutoff, in more than one transaction per day', async () => {
    for (const e of events) await log.record(e);
    const cutoff = new Date('2026-01-04T08:10:00.000Z');
    const older = events.filter((e) => e.at < cutoff.toISOString());
    assert.equal(await log.purgeBefore(cutoff), older.length);
    assert.deepEqual(ids(await log.list()), ids(newestFirst.filter((e) => e.at >= cutoff.toISOString())));
    assert.equal(await log.purgeBefore(cutoff), 0);
  });

  it('exports and erases one user’s events only', async () => {
    for (const e of events) await log.record(e);
    const megan = events.filter((e) => e.userId === 'megan');
    assert.deepEqual(
      (await log.recordsAbout('megan')).map((r) => r.id),
      ids(megan),
    );
    assert.equal(await log.eraseUser('megan'), megan.length);
    assert.deepEqual(await log.recordsAbout('megan'), []);
    assert.equal((await log.list()).length, events.length - megan.length);
  });

  it('refuses an event without a valid time and writes nothing', async () => {
    await assert.rejects(log.record(event(1, 'yesterday')), /no valid time/);
    assert.deepEqual(await log.list(), []);
  });
});
