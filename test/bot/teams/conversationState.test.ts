import assert from 'node:assert/strict';
import path from 'node:path';
import Database from 'better-sqlite3';
import { startFixtureBot } from '../../support/botFixture';
import { botClient } from '../../support/cardActions';
import { cardText } from '../../support/cardText';

describe('conversation state through the HTTP endpoint (kept across restarts, forgotten after its time-to-live)', function () {
  this.timeout(60_000);
  const HOUR = 3600 * 1000;
  let clock = Date.UTC(2026, 0, 5, 9);
  let fixture: Awaited<ReturnType<typeof startFixtureBot>>;
  before(async () => {
    fixture = await startFixtureBot({ now: () => clock, env: { CONVERSATION_STATE_TTL_HOURS: '2' } });
  });
  after(async () => fixture.stop());
  const { ask } = botClient(() => fixture.baseUrl);

  const stateKeys = () => {
    const db = new Database(path.join(fixture.root, 'data', 'state.sqlite'), { readonly: true });
    try {
      return (db.prepare('SELECT key FROM conversation_state').all() as { key: string }[]).map((r) => r.key);
    } finally {
      db.close();
    }
  };

  it('keeps a question the bot asked across a restart, within the time-to-live', async () => {
    assert.match(cardText(await ask('ticket status')), /Which ticket number\?/);
    await fixture.restart();
    clock += 2 * HOUR - 60_000;
    assert.match(cardText(await ask('12')), /I found no ticket 12 filed by you/);
  });

  it('forgets the question once the time-to-live has passed, and deletes the expired state', async () => {
    assert.match(cardText(await ask('ticket status')), /Which ticket number\?/);
    assert.equal(stateKeys().length, 1);
    clock += 2 * HOUR;
    const reply = cardText(await ask('12'));
    assert.doesNotMatch(reply, /ticket 12/);
    assert.match(reply, /couldn't find anything relevant/);
    await fixture.restart();
    assert.deepEqual(stateKeys(), []);
  });
});
