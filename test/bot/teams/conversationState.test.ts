import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { loadConfig } from '../../../bot/config/loadConfig';
import { compose } from '../../../bot/compose';
import { startBot, type RunningBot } from '../../../bot/index';
import { silentLogger } from '../../../bot/log/createLogger';
import { writeFixtureCorpus } from '../../support/botFixture';
import { botClient } from '../../support/cardActions';
import { cardText } from '../../support/cardText';
import { freePort } from '../../support/freePort';

describe('conversation state through the HTTP endpoint (kept across restarts, forgotten after its time-to-live)', function () {
  this.timeout(60_000);
  const HOUR = 3600 * 1000;
  let clock = Date.UTC(2026, 0, 5, 9);
  let root: string;
  let bot: RunningBot | undefined;
  let baseUrl = '';
  const { ask } = botClient(() => baseUrl);

  /** Starts the bot over `root`'s data folder (again after `restart`), with the test's clock. */
  const start = async () => {
    const { corpus, directory } = writeFixtureCorpus(root);
    const port = await freePort();
    const config = loadConfig(
      {
        PORT: String(port),
        DATA_DIR: path.join(root, 'data'),
        KNOWLEDGE_SOURCE_DIR: corpus,
        DIRECTORY_FILE: directory,
        PLAYGROUND: 'off',
        CONVERSATION_STATE_TTL_HOURS: '2',
      },
      { cwd: root },
    );
    bot = await startBot(config, { services: compose(config, { log: silentLogger, now: () => clock }) });
    baseUrl = `http://127.0.0.1:${port}`;
  };
  const restart = async () => {
    await bot?.stop();
    await start();
  };
  before(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'conversation-state-'));
    await start();
  });
  after(async () => {
    await bot?.stop();
    fs.rmSync(root, { recursive: true, force: true });
  });

  const stateKeys = () => {
    const db = new Database(path.join(root, 'data', 'state.sqlite'), { readonly: true });
    try {
      return (db.prepare('SELECT key FROM conversation_state').all() as { key: string }[]).map((r) => r.key);
    } finally {
      db.close();
    }
  };

  it('keeps a question the bot asked across a restart, within the time-to-live', async () => {
    assert.match(cardText(await ask('ticket status')), /Which ticket number\?/);
    await restart();
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
    await restart();
    assert.deepEqual(stateKeys(), []);
  });
});
