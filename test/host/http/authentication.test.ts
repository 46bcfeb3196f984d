import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { compose, type Services } from '../../../host/compose';
import { loadConfig } from '../../../host/config/loadConfig';
import { createServer } from '../../../host/http/createServer';
import { silentLogger } from '../../../host/log/createLogger';
import { createTeamsApp } from '../../../bot/teams/createTeamsApp';
import { messageActivity, writeFixtureCorpus } from '../../support/botFixture';
import type http from 'node:http';
import { createBotEndpoint } from '../../../bot/http/createBotEndpoint';

const TENANT = '66666666-7777-8888-9999-000000000000';

describe('bot HTTP server with MicrosoftAppId (Bot Framework authentication enforced)', () => {
  let root: string;
  let services: Services;
  let server: http.Server;
  let url: string;
  before(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'auth-'));
    const { corpus, directory } = writeFixtureCorpus(root);
    const config = loadConfig(
      {
        DATA_DIR: path.join(root, 'data'),
        KNOWLEDGE_SOURCE_DIR: corpus,
        DIRECTORY_FILE: directory,
        MicrosoftAppId: '11111111-2222-3333-4444-555555555555',
        MicrosoftAppPassword: 'not-a-real-secret',
        MicrosoftAppTenantId: TENANT,
        PUBLIC_BASE_URL: 'https://bot.example.com',
        PLUGIN_API_AUDIENCE: 'api://bot.example.com/11111111-2222-3333-4444-555555555555',
      },
      { cwd: root },
    );
    services = compose(config, { log: silentLogger });
    server = createServer(services, createBotEndpoint(services, createTeamsApp(services)));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/messages`;
  });
  after(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await services.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  const post = (headers: Record<string, string>) =>
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(
        messageActivity('What is the pass criterion for the brake fade test?', undefined, {
          conversation: { id: 'c1', conversationType: 'personal', tenantId: TENANT },
        }),
      ),
    });

  it('refuses an activity from another tenant (or with none) before anything else, with a coded 403', async () => {
    for (const tenantId of ['12345678-0000-0000-0000-000000000000', undefined]) {
      const activity = messageActivity('hi');
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer x.y.z' },
        body: JSON.stringify({
          ...activity,
          conversation: { id: 'c1', conversationType: 'personal', tenantId },
        }),
      });
      assert.equal(response.status, 403);
      assert.equal(((await response.json()) as { error: { code: string } }).error.code, 'tenant_not_allowed');
    }
  });

  it('reports authenticated mode on /healthz', async () => {
    const response = await fetch(url.replace('/api/messages', '/healthz'));
    assert.deepEqual(await response.json(), { status: 'ok', mode: 'authenticated' });
  });

  for (const [name, headers] of [
    ['no Authorization header', {}],
    ['a malformed bearer token', { authorization: 'Bearer not.a.jwt' }],
    [
      'an unsigned token',
      {
        authorization: `Bearer ${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from('{"aud":"x"}').toString('base64url')}.`,
      },
    ],
  ] as const) {
    it(`refuses a request with ${name} and answers nothing`, async () => {
      const response = await post(headers);
      assert.equal(response.status, 401);
      assert.doesNotMatch(await response.text(), /6\.0 m\/s²/);
    });
  }
});
