import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TableServiceClient } from '@azure/data-tables';
import { composeState, STATE_TABLES } from '../../host/composeState';
import { loadConfig } from '../../host/config/loadConfig';
import { SqliteConversationStateStore } from '../../skills/state/SqliteConversationStateStore';
import { TableConversationStateStore } from '../../skills/state/TableConversationStateStore';
import { sharedAzurite } from '../support/azurite';

describe('composeState', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'compose-state-'));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('keeps state in DATA_DIR/state.sqlite by default', async () => {
    const stateFile = path.join(dir, 'state.sqlite');
    const state = composeState(loadConfig({}, { cwd: dir }), { stateFile, credential: undefined });
    await state.ready();
    assert.ok(state.conversationState instanceof SqliteConversationStateStore);
    await state.close();
    assert.ok(fs.existsSync(stateFile));
  });

  it('with STATE_BACKEND=azure, creates the tables and shares state between two instances', async () => {
    const azurite = await sharedAzurite();
    const config = loadConfig(
      {
        STATE_BACKEND: 'azure',
        AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString,
        AUDIT_HEAD_KEY: crypto.randomBytes(32).toString('hex'),
        LINK_SIGNING_SECRET: crypto.randomBytes(32).toString('hex'),
      },
      { cwd: dir },
    );
    const stateFile = path.join(dir, 'azure-state.sqlite');
    const first = composeState(config, { stateFile, credential: undefined });
    const second = composeState(config, { stateFile, credential: undefined });
    await first.ready();
    assert.ok(first.conversationState instanceof TableConversationStateStore);
    const service = TableServiceClient.fromConnectionString(azurite.connectionString, {
      allowInsecureConnection: true,
    });
    const tables: string[] = [];
    for await (const table of service.listTables()) if (table.name) tables.push(table.name);
    for (const name of Object.values(STATE_TABLES)) assert.ok(tables.includes(name), name);
    const key = `conversation-${crypto.randomUUID()}`;
    const eTag = await first.conversationState.write(key, { pending: 'ticketId' });
    assert.deepEqual(
      await second.conversationState.read([key]),
      new Map([[key, { value: { pending: 'ticketId' }, eTag }]]),
    );
    const { token } = await first.confirmations.issue({
      userId: 'u',
      skill: 'file_ticket',
      draft: { title: 't' },
    });
    assert.deepEqual(await second.confirmations.consume({ token, userId: 'u', skill: 'file_ticket' }), {
      ok: true,
      draft: { title: 't' },
    });
    await second.conversationState.delete([key]);
  });
});
