import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { odata, TableClient } from '@azure/data-tables';
import { runIngest } from '../../knowledge/ingest/runIngest';
import { SqliteIndex } from '../../knowledge/index/SqliteIndex';
import { FolderSource } from '../../knowledge/sources/FolderSource';
import { verifyTableAuditLog } from '../../skills/audit/verifyTableAuditLog';
import { startAzurite, type Azurite } from '../support/azurite';
import { ALEX, messageActivity } from '../support/botFixture';
import { startBotProcess, type BotProcess } from '../support/botProcess';
import { executeActivity, findAll } from '../support/cardActions';
import { cardText } from '../support/cardText';
import { runCli } from '../tools/cli/runCli';

const SAMPLE_CORPUS = path.join(__dirname, '../../knowledge/sample/corpus');

interface Reply {
  attachments?: { content: unknown }[];
  text?: string;
}

/**
 * Issue 12, scope 4: two bot processes (the production entry, `bot/index.ts`) on their own ports and data
 * folders, sharing one Azure Storage account (Azurite) with STATE_BACKEND=azure. One conversation alternates
 * between them; one ticket confirmation is replayed to both at once.
 */
describe('two instances, one truth (two bot processes sharing Azurite)', function () {
  this.timeout(120_000);
  let azurite: Azurite;
  let root: string;
  let bots: BotProcess[] = [];
  const headKey = crypto.randomBytes(32).toString('hex');
  let env: Record<string, string>;

  before(async () => {
    azurite = await startAzurite();
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'two-instances-'));
    // Each instance has its own DATA_DIR with its own copy of the embedded index: nothing shared on disk.
    const dirs = ['a', 'b'].map((name) => path.join(root, name));
    fs.mkdirSync(dirs[0] as string);
    const index = new SqliteIndex({ file: path.join(dirs[0] as string, 'index.sqlite') });
    await runIngest({ source: new FolderSource({ root: SAMPLE_CORPUS }), index });
    await index.close();
    fs.mkdirSync(dirs[1] as string);
    fs.copyFileSync(
      path.join(dirs[0] as string, 'index.sqlite'),
      path.join(dirs[1] as string, 'index.sqlite'),
    );
    env = {
      STATE_BACKEND: 'azure',
      AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString,
      AUDIT_HEAD_KEY: headKey,
      LINK_SIGNING_SECRET: crypto.randomBytes(32).toString('hex'),
    };
    bots = await Promise.all(dirs.map((dir) => startBotProcess({ ...env, DATA_DIR: dir })));
  });
  after(async () => {
    await Promise.all(bots.map((bot) => bot.stop()));
    await azurite?.stop();
    if (root) fs.rmSync(root, { recursive: true, force: true });
  });

  const conversation = { id: `a:conv-two-instances-${crypto.randomUUID()}`, conversationType: 'personal' };
  const post = async (bot: BotProcess, activity: Record<string, unknown>) => {
    const response = await fetch(`${bot.baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
    });
    assert.equal(response.status, 200, bot.output());
    return response.json() as Promise<unknown>;
  };
  /** Sends one message of the conversation to `bot`; returns the text of its replies (cards and plain text). */
  const say = async (bot: BotProcess, text: string) => {
    const { activities } = (await post(bot, messageActivity(text, ALEX, { conversation }))) as {
      activities: Reply[];
    };
    return activities
      .map((a) => [a.text ?? '', ...(a.attachments ?? []).map((x) => cardText(x.content))].join('\n'))
      .join('\n');
  };
  const a = () => bots[0] as BotProcess;
  const b = () => bots[1] as BotProcess;
  const table = (name: string) =>
    TableClient.fromConnectionString(azurite.connectionString, name, { allowInsecureConnection: true });

  it('answers a follow-up on the other instance as a follow-up of the first question', async () => {
    assert.match(
      await say(a(), 'What is the clear space rule for the Aurex logo?'),
      /Aurex Brand Identity Guidelines/,
    );
    const next = await say(b(), 'and for Brava?');
    assert.match(next, /What is the clear space rule for the Brava logo\?/);
    assert.match(next, /Brava Brand Guidelines/);
  });

  let ticketId = 0;
  it('files exactly one ticket when one confirmation reaches both instances at once; both answer the same', async () => {
    const proposed = (await post(
      a(),
      messageActivity('open a ticket: the CAN simulator in lab 3 is down', ALEX, { conversation }),
    )) as { activities: Reply[] };
    const form = proposed.activities.find((activity) => activity.attachments?.length)?.attachments?.[0]
      ?.content;
    const confirm = findAll(form, 'Action.Execute').find((action) => action.verb === 'confirm');
    assert.ok(confirm, JSON.stringify(proposed).slice(0, 500));
    // One invoke (same id, same token), delivered to both instances at the same time.
    const invoke = { ...executeActivity('confirm', confirm.data as Record<string, unknown>), conversation };
    const [first, second] = (await Promise.all([post(a(), invoke), post(b(), invoke)])) as {
      statusCode: number;
      value: unknown;
    }[];
    assert.equal(first?.statusCode, 200);
    assert.deepEqual(second, first);
    const filed = /Ticket (\d+) filed/.exec(cardText(first?.value));
    assert.ok(filed, JSON.stringify(first));
    ticketId = Number(filed[1]);
    const tickets: unknown[] = [];
    const rows = table('tickets').listEntities({
      queryOptions: { filter: odata`PartitionKey eq 'desk' and RowKey gt 't-' and RowKey lt 't.'` },
    });
    for await (const row of rows) tickets.push(row);
    assert.equal(tickets.length, 1, 'exactly one ticket filed');
    // A third delivery, later, to either instance: the same result again, still one ticket.
    assert.deepEqual(await post(b(), invoke), first);
  });

  it('continues a pending question on the other instance (conversation state is shared)', async () => {
    assert.ok(ticketId > 0);
    assert.match(await say(a(), 'ticket status'), /Which ticket number\?/);
    const status = await say(b(), String(ticketId));
    assert.match(status, /CAN simulator/i);
  });

  it('keeps one audit chain that verifies, in the library and through audit:verify', async () => {
    const result = await verifyTableAuditLog(table('audit'), { headKey });
    assert.equal(result.ok, true, JSON.stringify(result));
    assert.ok(result.records >= 4, `records: ${result.records}`);
    const confirmed: string[] = [];
    for await (const row of table('audit').listEntities()) {
      const text = typeof row.record0 === 'string' ? (JSON.parse(row.record0) as string) : '';
      if (text.includes('"action":"ticket_filed"')) confirmed.push(text);
    }
    assert.equal(confirmed.length, 1, 'one ticket_filed record');
    const cli = await runCli('auditVerify.ts', [], { ...env, DATA_DIR: path.join(root, 'a') });
    assert.equal(cli.code, 0, cli.stderr + cli.stdout);
    assert.match(cli.stdout, new RegExp(`audit log OK: ${result.records}`));
  });
});
