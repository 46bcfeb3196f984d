import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MemoryStorage, TestAdapter, type Activity, type ConversationAccount } from 'botbuilder';
import { Application, TurnState } from '@microsoft/teams-ai';
import { compose, dataFiles, type Services } from '../../../host/compose';
import { loadConfig } from '../../../host/config/loadConfig';
import { silentLogger } from '../../../host/log/createLogger';
import type { AppTurnState, ConversationState } from '../../../bot/teams/AppTurnState';
import { registerMessageExtensions } from '../../../bot/teams/registerMessageExtensions';
import { runIngest } from '../../../knowledge/ingest/runIngest';
import { FolderSource } from '../../../knowledge/sources/FolderSource';
import { exportAuditLog } from '../../../skills/audit/exportAuditLog';
import { ALEX, writeFixtureCorpus } from '../../support/botFixture';
import { suiteResource } from '../../support/suiteResource';

export interface InvokeBody {
  composeExtension?: {
    type: string;
    text?: string;
    attachmentLayout?: string;
    attachments?: {
      contentType: string;
      content: Record<string, unknown>;
      preview?: {
        contentType: string;
        content: { title: string; subtitle?: string; text?: string; tap?: { value: unknown } };
      };
    }[];
  };
  task?: { type: 'message' | 'continue'; value: unknown };
}
export interface DialogInfo {
  title: string;
  card: {
    contentType: string;
    content: { actions: { type: string; title: string; data: Record<string, string> }[] };
  };
}

const HOSTILE_TITLE = '**[Click me](javascript:alert(1))** <b>${secret}</b> {{DATE(2020)}}';

/**
 * Real services (SQLite index, directory, registry, ticket desk) over the fixture corpus plus one hostile
 * document, in `root` (shared by the message-extension tests).
 */
export async function realServices(root: string): Promise<Services> {
  const { corpus, directory } = writeFixtureCorpus(root);
  fs.writeFileSync(
    path.join(corpus, 'hostile.md'),
    `---\ntitle: "${HOSTILE_TITLE}"\naccess: [everyone]\n---\n# Caliper <script>x</script>\n\nThe caliper check: [evil](https://evil.example) and ![img](http://x/y.png) and \${user}.\n`,
  );
  const config = loadConfig(
    {
      PORT: '3978',
      DATA_DIR: path.join(root, 'data'),
      KNOWLEDGE_SOURCE_DIR: corpus,
      DIRECTORY_FILE: directory,
      PLAYGROUND: 'off',
      // The sample organisation: its ticket categories (lab, …) and brands.
      ORGANISATION_PROFILE: path.join(__dirname, '../../../knowledge/sample/organisation.yaml'),
    },
    { cwd: root },
  );
  const services = compose(config, { log: silentLogger });
  await runIngest({ source: new FolderSource({ root: corpus }), index: services.index });
  return services;
}

/**
 * Call inside a `describe`: {@link realServices} in a fresh temporary folder named from `tmpPrefix`, made
 * before its tests and closed and removed after them; the getter reads them (and throws before the hook ran).
 */
export function useRealServices(tmpPrefix: string): () => Services {
  let root = '';
  return suiteResource(
    'the real services',
    () => {
      root = fs.mkdtempSync(path.join(os.tmpdir(), tmpPrefix));
      return realServices(root);
    },
    async (services) => {
      await services.close();
      fs.rmSync(root, { recursive: true, force: true });
    },
  );
}

/** Sends one invoke through the Bot Framework TestAdapter and a teams-ai Application; returns the invoke response. */
export async function invoke(
  services: Services,
  name: string,
  value: unknown,
  userId = ALEX,
  conversation: Partial<ConversationAccount> = {
    id: `a:chat-${userId}`,
    conversationType: 'personal',
    tenantId: 'tenant-1',
  },
): Promise<{ status: number; body: InvokeBody }> {
  const app = new Application<AppTurnState>({
    storage: new MemoryStorage(),
    turnStateFactory: () => new TurnState<ConversationState>(),
  });
  registerMessageExtensions(app, services);
  const adapter = new TestAdapter(async (context) => {
    await app.run(context);
  });
  await adapter.processActivity({
    type: 'invoke',
    name,
    value,
    channelId: 'msteams',
    from: { id: `29:${userId}`, name: 'Test User', aadObjectId: userId },
    conversation,
  } as Partial<Activity>);
  const response = adapter.activeQueue.find((a) => a.type === 'invokeResponse');
  assert.ok(response, `no invoke response for ${name}`);
  return response.value as { status: number; body: InvokeBody };
}

/** Every audit record written so far by `services` (read through the real export). */
export async function auditRecords(services: Services): Promise<Record<string, unknown>[]> {
  const out = path.join(services.config.dataDir, `audit-${Date.now()}.jsonl`);
  await exportAuditLog(dataFiles(services.config).audit, out);
  return fs
    .readFileSync(out, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}
