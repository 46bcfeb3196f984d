import assert from 'node:assert/strict';
import { messageActivity } from '../../support/botFixture';
import { startTestServer, type TestServer } from '../../support/startTestServer';

const TENANT = '66666666-7777-8888-9999-000000000000';

describe('bot HTTP server with MicrosoftAppId (Bot Framework authentication enforced)', () => {
  let started: TestServer;
  let url: string;
  before(async () => {
    started = await startTestServer({
      tmpPrefix: 'auth-',
      env: {
        MicrosoftAppId: '11111111-2222-3333-4444-555555555555',
        MicrosoftAppPassword: 'not-a-real-secret',
        MicrosoftAppTenantId: TENANT,
        PUBLIC_BASE_URL: 'https://bot.example.com',
        PLUGIN_API_AUDIENCE: 'api://bot.example.com/11111111-2222-3333-4444-555555555555',
      },
    });
    url = `${started.baseUrl}/api/messages`;
  });
  after(() => started.close());

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
