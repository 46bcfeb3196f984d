import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../host/config/loadConfig';
import { startBot, type RunningBot } from '../../bot/index';
import { compose } from '../../host/compose';
import { silentLogger, type Logger } from '../../host/log/createLogger';
import { runIngest } from '../../knowledge/ingest/runIngest';
import { FolderSource } from '../../knowledge/sources/FolderSource';
import { freePort } from './freePort';

export const ALEX = '00000000-0000-0000-0000-0000000000020';
export const MEGAN = '00000000-0000-0000-0000-0000000000021';

/** A small corpus with one public and one Velora-only document, and a directory where only Megan is in Velora. */
export function writeFixtureCorpus(root: string): { corpus: string; directory: string } {
  const corpus = path.join(root, 'corpus');
  fs.mkdirSync(corpus, { recursive: true });
  fs.writeFileSync(
    path.join(corpus, 'brake-fade.md'),
    `---\ntitle: Brake Fade Test Standard\naccess: [everyone]\n---\n# Brake fade test\n\n## Procedure\n\nThe vehicle performs ten consecutive stops from 120 km/h at 0.5 g with 45 seconds between stops.\n\n## Pass criterion\n\nThe pass criterion is a mean fully developed deceleration of at least 6.0 m/s² on the tenth stop.\n`,
  );
  fs.writeFileSync(
    path.join(corpus, 'torrente.md'),
    `---\ntitle: Project Torrente Launch Plan\nbrand: velora\naccess: [group:brand-velora]\n---\n# Torrente launch\n\nThe Torrente launch date is 14 March 2027 at the Geneva motor show, with a planned volume of 1,200 cars.\n`,
  );
  const directory = path.join(root, 'directory.yaml');
  fs.writeFileSync(
    directory,
    `users:\n  - id: ${ALEX}\n    name: Alex Wilber\n    groups: [eng-chassis]\n  - id: ${MEGAN}\n    name: Megan Bowen\n    groups: [brand-velora]\n`,
  );
  return { corpus, directory };
}

/** Starts the real bot (local mode) on a free loopback port over an ingested fixture corpus. */
export async function startFixtureBot(
  options: {
    now?: () => number;
    env?: Record<string, string>;
    /**
     * `sample`: the bundled sample corpus and directory instead of the two-document fixture; or a corpus folder
     * and directory file of the test's own.
     */
    corpus?: 'fixture' | 'sample' | { corpus: string; directory: string };
    /** Where the bot logs (default: nowhere). */
    log?: Logger;
  } = {},
): Promise<{
  readonly bot: RunningBot;
  readonly baseUrl: string;
  readonly root: string;
  /** Stops the bot and starts a new one (new port) over the same data folder: a restart. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bot-fixture-'));
  const sample = path.join(__dirname, '../../knowledge/sample');
  const { corpus, directory } =
    typeof options.corpus === 'object'
      ? options.corpus
      : options.corpus === 'sample'
        ? { corpus: path.join(sample, 'corpus'), directory: path.join(sample, 'directory.yaml') }
        : writeFixtureCorpus(root);
  const boot = async () => {
    const port = await freePort();
    const config = loadConfig(
      {
        PORT: String(port),
        DATA_DIR: path.join(root, 'data'),
        KNOWLEDGE_SOURCE_DIR: corpus,
        DIRECTORY_FILE: directory,
        PLAYGROUND: 'off',
        ...options.env,
      },
      { cwd: root },
    );
    const services = compose(config, {
      log: options.log ?? silentLogger,
      ...(options.now ? { now: options.now } : {}),
    });
    return { bot: await startBot(config, { services }), baseUrl: `http://127.0.0.1:${port}` };
  };
  let running = await boot();
  await runIngest({ source: new FolderSource({ root: corpus }), index: running.bot.services.index });
  // Ready once the example questions the ingest made stale are re-checked (their searches run in the background).
  await running.bot.services.examples.idle();
  return {
    get bot() {
      return running.bot;
    },
    get baseUrl() {
      return running.baseUrl;
    },
    root,
    restart: async () => {
      await running.bot.stop();
      running = await boot();
    },
    stop: async () => {
      await running.bot.stop();
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
}

/** A realistic Teams 1:1 message activity (shape as the Agents Playground sends it). */
export function messageActivity(
  text: string,
  userId = ALEX,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    type: 'message',
    id: `act-${Math.random().toString(36).slice(2)}`,
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl: 'http://127.0.0.1:9/connector',
    from: { id: `29:${userId}`, name: 'Test User', aadObjectId: userId },
    recipient: { id: '28:bot', name: 'Norvik Assistant' },
    conversation: {
      id: `a:conv-${userId}`,
      conversationType: 'personal',
      tenantId: '00000000-0000-0000-0000-0000000000001',
    },
    text,
    locale: 'en-US',
    deliveryMode: 'expectReplies',
    ...extra,
  };
}
