import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../host/config/loadConfig';
import { startBot, type RunningBot } from '../../bot/index';
import { silentLogger } from '../../host/log/createLogger';
import { runIngest } from '../../knowledge/ingest/runIngest';
import { FolderSource } from '../../knowledge/sources/FolderSource';
import { writeFixtureCorpus } from './botFixture';
import { startFakeOpenAI } from './fakeOpenAI';
import { freePort } from './freePort';

export interface ModelBot {
  readonly bot: RunningBot;
  /** The loopback OpenAI server the bot's model talks to; set its `fallback` to script replies. */
  readonly fake: Awaited<ReturnType<typeof startFakeOpenAI>>;
  stop(): Promise<void>;
}

/** The model settings of a bot whose model is `gpt-4o` (5 s timeout) served by the loopback fake OpenAI `fake`. */
export function fakeOpenAIModel(fake: { readonly apiKey: string; readonly baseUrl: string }) {
  return {
    provider: 'openai',
    model: 'gpt-4o',
    apiKey: fake.apiKey,
    baseUrl: fake.baseUrl,
    timeoutMs: 5000,
  } as const;
}

/**
 * The real bot (local mode, loopback port) over the two-document fixture corpus, ingested, with an OpenAI model
 * (`gpt-4o`, 5 s timeout) served by a loopback fake OpenAI server.
 */
export async function startModelBot(): Promise<ModelBot> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'model-bot-'));
  const { corpus, directory } = writeFixtureCorpus(root);
  const fake = await startFakeOpenAI();
  const config = loadConfig(
    {
      PORT: String(await freePort()),
      DATA_DIR: path.join(root, 'data'),
      KNOWLEDGE_SOURCE_DIR: corpus,
      DIRECTORY_FILE: directory,
      PLAYGROUND: 'off',
    },
    { cwd: root },
  );
  const bot = await startBot({ ...config, model: fakeOpenAIModel(fake) }, { log: silentLogger });
  await runIngest({ source: new FolderSource({ root: corpus }), index: bot.services.index });
  return {
    bot,
    fake,
    stop: async () => {
      await bot.stop();
      await fake.stop();
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
}
