import assert from 'node:assert/strict';
import { ALEX, MEGAN, startFixtureBot } from '../../support/botFixture';
import { useFixtureBot } from '../../support/useFixtureBot';
import { startFakeEntra, type FakeEntra } from '../../support/fakeEntra';
import { AUDIENCE, TENANT, pluginApiEnv } from '../../support/pluginApiEnv';
import { ticketCount as countTickets } from '../../support/ticketCount';

const OTHER_TENANT = '12345678-1234-1234-1234-123456789012';
const BRAKE = 'What is the pass criterion for the brake fade test?';

interface ApiResponse {
  status: number;
  headers: Headers;
  body: {
    skill?: string;
    text?: string;
    aiGenerated?: boolean;
    citations?: { n: number; title: string; url: string }[];
    confirmation?: { skill: string; token: string; expiresAt: string; summary: string };
    error?: { code: string; message: string };
  };
}

async function callApi(
  baseUrl: string,
  route: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<ApiResponse> {
  const response = await fetch(`${baseUrl}${route}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as ApiResponse['body'],
  };
}

describe('Copilot plugin API with Entra tokens (real server, fake Entra JWKS)', function () {
  this.timeout(60_000);
  let entra: FakeEntra;
  let fixture: Awaited<ReturnType<typeof startFixtureBot>>;
  before(async () => {
    entra = await startFakeEntra({ tenantId: TENANT, audience: AUDIENCE });
    fixture = await startFixtureBot({ env: pluginApiEnv(entra, { tenantCheck: true }) });
  });
  after(async () => {
    await fixture?.stop();
    await entra?.close();
  });

  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  const as = (oid: string) => bearer(entra.mintToken({ oid }));
  const call = (route: string, body: unknown, headers: Record<string, string> = as(ALEX)) =>
    callApi(fixture.baseUrl, route, body, headers);
  const ticketCount = () => countTickets(fixture.root);

  it('answers a question for a valid token with cited JSON, fetching the tenant keys once for many requests', async () => {
    assert.equal(entra.jwksRequests(), 0);
    const responses = await Promise.all(
      Array.from({ length: 6 }, () => call('/api/skills/ask_knowledge', { question: BRAKE })),
    );
    for (const response of responses) {
      assert.equal(response.status, 200, JSON.stringify(response.body));
      assert.equal(response.body.skill, 'ask_knowledge');
      assert.match(response.body.text ?? '', /6\.0 m\/s² .*\[1\]/);
      assert.equal(response.body.aiGenerated, true);
      assert.equal(response.body.citations?.[0]?.title, 'Brake Fade Test Standard');
      assert.match(response.body.citations?.[0]?.url ?? '', /^https:\/\/bot\.example\.com\/docs\?/);
      assert.equal(response.body.confirmation, undefined);
    }
    await call('/api/skills/ask_knowledge', { question: BRAKE });
    assert.equal(entra.jwksRequests(), 1);
  });

  const refusals: [string, () => Record<string, string>][] = [
    ['no Authorization header', () => ({})],
    ['a Basic credential', () => ({ authorization: 'Basic YWxleDpwYXNzd29yZA==' })],
    ['a malformed bearer token', () => ({ authorization: 'Bearer not.a.jwt' })],
    [
      'a token signed by someone else (same kid)',
      () => bearer(entra.mintToken({ oid: ALEX }, { signer: 'stranger' })),
    ],
    [
      'a token with an unknown kid',
      () => bearer(entra.mintToken({ oid: ALEX }, { signer: 'stranger', kid: 'k2' })),
    ],
    ['a wrong issuer', () => bearer(entra.mintToken({ oid: ALEX, iss: 'https://sts.windows.net/evil/' }))],
    ['a wrong audience', () => bearer(entra.mintToken({ oid: ALEX, aud: 'api://someone-else' }))],
    [
      'an expired token (beyond the clock skew)',
      () => bearer(entra.mintToken({ oid: ALEX, exp: Math.floor(Date.now() / 1000) - 600 })),
    ],
    [
      'a token not valid yet',
      () => bearer(entra.mintToken({ oid: ALEX, nbf: Math.floor(Date.now() / 1000) + 600 })),
    ],
    ['a token of another tenant (tid)', () => bearer(entra.mintToken({ oid: ALEX, tid: OTHER_TENANT }))],
    ['a token without oid', () => bearer(entra.mintToken({ oid: ALEX }, { omit: ['oid'] }))],
    ['an unsigned token (alg none)', () => bearer(entra.mintToken({ oid: ALEX }, { alg: 'none' }))],
    [
      'an HS256 token keyed with the public key',
      () => bearer(entra.mintToken({ oid: ALEX }, { alg: 'HS256' })),
    ],
  ];
  for (const [name, headers] of refusals) {
    it(`refuses ${name}: 401 unauthorized, WWW-Authenticate Bearer, no answer`, async () => {
      const response = await call('/api/skills/ask_knowledge', { question: BRAKE }, headers());
      assert.equal(response.status, 401);
      assert.match(response.headers.get('www-authenticate') ?? '', /^Bearer\b/);
      assert.deepEqual(response.body, {
        error: { code: 'unauthorized', message: 'The request is not authenticated.' },
      });
    });
  }

  it('trims answers to the token’s user: Megan (brand-velora) gets the Torrente date, Alex does not', async () => {
    const question = { question: 'When is the Torrente launch?' };
    const megan = await call('/api/skills/ask_knowledge', question, as(MEGAN));
    const alex = await call('/api/skills/ask_knowledge', question, as(ALEX));
    assert.match(megan.body.text ?? '', /14 March 2027/);
    assert.equal(megan.body.citations?.[0]?.title, 'Project Torrente Launch Plan');
    assert.equal(alex.status, 200);
    assert.doesNotMatch(JSON.stringify(alex.body), /14 March 2027|Torrente Launch Plan/);
  });

  it('files a ticket only on confirm, and exactly once when the confirm is sent five times', async () => {
    const before = ticketCount();
    const proposal = await call('/api/skills/file_ticket', { summary: 'the CAN simulator in lab 3 is down' });
    assert.equal(proposal.status, 200, JSON.stringify(proposal.body));
    const confirmation = proposal.body.confirmation;
    assert.ok(confirmation, 'no confirmation');
    assert.equal(confirmation.skill, 'file_ticket');
    assert.match(confirmation.summary, /CAN simulator in lab 3 is down/i);
    assert.ok(Date.parse(confirmation.expiresAt) > Date.now());
    assert.equal(ticketCount(), before, 'nothing filed by the proposal');
    const confirm = { token: confirmation.token, edits: { priority: 'high' } };
    const results = await Promise.all(
      Array.from({ length: 5 }, () => call('/api/skills/file_ticket/confirm', confirm)),
    );
    assert.equal(ticketCount(), before + 1);
    for (const result of results) {
      assert.equal(result.status, 200, JSON.stringify(result.body));
      assert.deepEqual(result.body, results[0]?.body);
    }
    assert.match(results[0]?.body.text ?? '', /^Ticket \d+ filed\.$/);
  });

  it('refuses a confirmation presented by someone else (409) and files nothing', async () => {
    const proposal = await call('/api/skills/file_ticket', { summary: 'projector in room D1.020 flickers' });
    const before = ticketCount();
    const response = await call(
      '/api/skills/file_ticket/confirm',
      { token: proposal.body.confirmation?.token },
      as(MEGAN),
    );
    assert.equal(response.status, 409);
    assert.equal(response.body.error?.code, 'confirmation_invalid');
    assert.equal(ticketCount(), before);
  });

  const failures: [string, string, unknown, Record<string, string>, number, string][] = [
    ['an unknown skill', '/api/skills/launch_rocket', {}, {}, 404, 'unknown_skill'],
    ['an unknown sub-path', '/api/skills/ask_knowledge/explain', {}, {}, 404, 'not_found'],
    ['a malformed escape in the skill name', '/api/skills/%E0%A4%A', {}, {}, 404, 'not_found'],
    [
      'confirm on a skill with nothing to confirm',
      '/api/skills/ask_knowledge/confirm',
      { token: 'x' },
      {},
      400,
      'not_consequential',
    ],
    ['invalid JSON', '/api/skills/ask_knowledge', '{"question": ', {}, 400, 'invalid_json'],
    [
      'a body that is not JSON',
      '/api/skills/ask_knowledge',
      'question=hi',
      { 'content-type': 'text/plain' },
      415,
      'unsupported_media_type',
    ],
    [
      'a body over 256 KB',
      '/api/skills/ask_knowledge',
      { question: 'x'.repeat(300_000) },
      {},
      413,
      'payload_too_large',
    ],
    [
      'a missing required parameter',
      '/api/skills/ask_knowledge',
      { brand: 'aurex' },
      {},
      400,
      'invalid_parameters',
    ],
    [
      'an unknown parameter',
      '/api/skills/ask_knowledge',
      { question: BRAKE, debug: true },
      {},
      400,
      'invalid_parameters',
    ],
    [
      'a value outside the enum',
      '/api/skills/ask_knowledge',
      { question: BRAKE, brand: 'tesla' },
      {},
      400,
      'invalid_parameters',
    ],
    [
      'a question over 500 characters',
      '/api/skills/ask_knowledge',
      { question: 'x'.repeat(501) },
      {},
      400,
      'invalid_parameters',
    ],
    ['an array body', '/api/skills/ask_knowledge', [BRAKE], {}, 400, 'invalid_parameters'],
    [
      'a confirm without token',
      '/api/skills/file_ticket/confirm',
      { edits: {} },
      {},
      400,
      'invalid_parameters',
    ],
    [
      'a confirm with an unknown token',
      '/api/skills/file_ticket/confirm',
      { token: 'forged' },
      {},
      409,
      'confirmation_invalid',
    ],
  ];
  for (const [name, route, body, headers, status, code] of failures) {
    it(`answers ${name} with ${status} ${code} in the one error shape`, async () => {
      const response = await call(route, body, { ...as(ALEX), ...headers });
      assert.equal(response.status, status, JSON.stringify(response.body));
      assert.deepEqual(Object.keys(response.body), ['error']);
      assert.equal(response.body.error?.code, code);
      assert.equal(typeof response.body.error?.message, 'string');
    });
  }

  it('names the invalid fields in invalid_parameters', async () => {
    const response = await call('/api/skills/file_ticket', { summary: '', priority: 'whenever' });
    assert.equal(response.status, 400);
    assert.match(response.body.error?.message ?? '', /summary: needs at least 1 characters/);
    assert.match(response.body.error?.message ?? '', /priority: must be one of/);
  });

  it('refuses other methods on skill routes with 405', async () => {
    const response = await fetch(`${fixture.baseUrl}/api/skills/ask_knowledge`, { headers: as(ALEX) });
    assert.equal(response.status, 405);
  });

  it('serves the generated spec without a token, as JSON and YAML, with the public server URL', async () => {
    const json = (await (await fetch(`${fixture.baseUrl}/api/openapi.json`)).json()) as {
      servers: { url: string }[];
      paths: Record<string, unknown>;
    };
    assert.deepEqual(json.servers, [{ url: 'https://bot.example.com' }]);
    assert.ok(json.paths['/api/skills/ask_knowledge']);
    const yaml = await fetch(`${fixture.baseUrl}/api/openapi.yaml`);
    assert.match(yaml.headers.get('content-type') ?? '', /^application\/yaml/);
    assert.match(await yaml.text(), /operationId: fileTicketConfirm/);
  });
});

describe('Copilot plugin API in local mode (no PLUGIN_API_*): loopback callers act as the local user', function () {
  this.timeout(60_000);
  const fixture = useFixtureBot();

  it('answers without a token from 127.0.0.1, as LOCAL_USER_ID (Alex: no Velora documents)', async () => {
    const brake = await callApi(fixture.baseUrl, '/api/skills/ask_knowledge', { question: BRAKE });
    assert.equal(brake.status, 200, JSON.stringify(brake.body));
    assert.match(brake.body.text ?? '', /6\.0 m\/s²/);
    const torrente = await callApi(fixture.baseUrl, '/api/skills/ask_knowledge', {
      question: 'When is the Torrente launch?',
    });
    assert.doesNotMatch(JSON.stringify(torrente.body), /14 March 2027/);
  });

  it('proposes and confirms a ticket for the local user', async () => {
    const proposal = await callApi(fixture.baseUrl, '/api/skills/file_ticket', {
      summary: 'the VPN drops every few minutes',
    });
    const token = proposal.body.confirmation?.token;
    assert.ok(token);
    const filed = await callApi(fixture.baseUrl, '/api/skills/file_ticket/confirm', { token });
    assert.equal(filed.status, 200, JSON.stringify(filed.body));
    assert.match(filed.body.text ?? '', /^Ticket \d+ filed\.$/);
    const mine = await callApi(fixture.baseUrl, '/api/skills/my_tickets', {});
    assert.match(mine.body.text ?? '', /#\d+ \(new\)/);
  });
});
