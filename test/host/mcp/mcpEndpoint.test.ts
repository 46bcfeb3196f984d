import assert from 'node:assert/strict';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { discoverOAuthProtectedResourceMetadata } from '@modelcontextprotocol/sdk/client/auth.js';
import { toolInputSchema } from '../../../skills/surfaces/mcpTools';
import { confirmOperationId, skillOperationId } from '../../../skills/surfaces/operationIds';
import { ALEX, MEGAN, startFixtureBot } from '../../support/botFixture';
import { useFixtureBot } from '../../support/useFixtureBot';
import { startFakeEntra, type FakeEntra } from '../../support/fakeEntra';
import {
  auditRecords,
  callTool,
  connectClient,
  ticketCount,
  type ElicitAnswer,
} from '../../support/mcpClient';

const TENANT = '66666666-7777-8888-9999-000000000000';
const APP_ID = '11111111-2222-3333-4444-555555555555';
const AUDIENCE = `api://bot.example.com/botid-${APP_ID}`;
const TORRENTE = { question: 'When is the Torrente launch?' };
const METADATA_URL = 'https://bot.example.com/.well-known/oauth-protected-resource/mcp';

describe('MCP endpoint with Entra tokens (SDK Client over loopback, fake Entra JWKS)', function () {
  this.timeout(60_000);
  let entra: FakeEntra;
  let fixture: Awaited<ReturnType<typeof startFixtureBot>>;
  const clients: Client[] = [];
  before(async () => {
    entra = await startFakeEntra({ tenantId: TENANT, audience: AUDIENCE });
    fixture = await startFixtureBot({
      env: {
        MicrosoftAppId: APP_ID,
        MicrosoftAppPassword: 'not-a-real-secret',
        MicrosoftAppTenantId: TENANT,
        PUBLIC_BASE_URL: 'https://bot.example.com',
        PLUGIN_API_AUDIENCE: AUDIENCE,
        PLUGIN_API_JWKS_URL: entra.jwksUrl,
        PLUGIN_API_ISSUER: entra.issuer,
      },
    });
  });
  after(async () => {
    await Promise.allSettled(clients.map((client) => client.close()));
    await fixture?.stop();
    await entra?.close();
  });

  const tokenOf = (oid: string) => entra.mintToken({ oid });
  const connect = async (oid: string, elicit?: ElicitAnswer) => {
    const client = await connectClient(fixture.baseUrl, {
      token: tokenOf(oid),
      ...(elicit ? { elicit } : {}),
    });
    clients.push(client);
    return client;
  };
  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(`${fixture.baseUrl}/mcp`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json, text/event-stream',
        authorization: `Bearer ${tokenOf(ALEX)}`,
        ...headers,
      },
      body,
    });

  it('lists one tool per skill with the registry’s name, schema and read-only flag, plus confirm tools', async () => {
    const client = await connect(ALEX);
    const { tools } = await client.listTools();
    const skills = fixture.bot.services.registry.list();
    const expected = skills.flatMap((skill) =>
      skill.consequential
        ? [skillOperationId(skill.name), confirmOperationId(skill.name)]
        : [skillOperationId(skill.name)],
    );
    assert.deepEqual(
      tools.map((tool) => tool.name),
      expected,
    );
    for (const skill of skills) {
      const tool = tools.find((t) => t.name === skillOperationId(skill.name));
      assert.ok(tool, skill.name);
      assert.deepEqual(tool.inputSchema, toolInputSchema(skill));
      assert.equal(tool.inputSchema.$schema, undefined);
      assert.equal(tool.title, skill.title);
      assert.ok(tool.description?.startsWith(skill.description), skill.name);
      assert.equal(tool.annotations?.readOnlyHint, !skill.consequential, skill.name);
      assert.equal(tool.annotations?.destructiveHint, false);
      assert.equal(tool.outputSchema?.type, 'object');
    }
    const confirm = tools.find((t) => t.name === 'fileTicketConfirm');
    assert.deepEqual(confirm?.inputSchema.required, ['token']);
    assert.equal(confirm?.annotations?.idempotentHint, true);
  });

  it('lists no confirm tool to a client that declared form elicitation', async () => {
    const client = await connect(ALEX, () => ({ action: 'decline' }));
    const names = (await client.listTools()).tools.map((tool) => tool.name);
    assert.ok(names.includes('fileTicket'));
    assert.deepEqual(
      names.filter((name) => name.endsWith('Confirm')),
      [],
    );
  });

  it('trims the knowledge tool to the token’s user: Megan gets the cited Velora answer, Alex does not', async () => {
    const megan = await callTool(await connect(MEGAN), 'askKnowledge', TORRENTE);
    const alex = await callTool(await connect(ALEX), 'askKnowledge', TORRENTE);
    assert.equal(megan.isError, false, megan.text);
    assert.match(megan.structured.text ?? '', /14 March 2027.*\[1\]/);
    const citation = megan.structured.citations?.[0];
    assert.equal(citation?.title, 'Project Torrente Launch Plan');
    assert.match(citation?.url ?? '', /^https:\/\/bot\.example\.com\/docs\?/);
    assert.match(megan.text, /Sources:\n\[1\] Project Torrente Launch Plan/);
    assert.doesNotMatch(megan.text, /\]\(|https?:/, 'the text block carries no live link');
    assert.equal(alex.isError, false, alex.text);
    assert.doesNotMatch(
      `${alex.text}${JSON.stringify(alex.structured)}`,
      /14 March 2027|Torrente Launch Plan/,
    );
  });

  it('files nothing on the proposal, then exactly one ticket when the confirm tool is called twice', async () => {
    const client = await connect(ALEX);
    const before = ticketCount(fixture.root);
    const proposal = await callTool(client, 'fileTicket', { summary: 'the label printer on floor 2 jams' });
    assert.equal(proposal.isError, false, proposal.text);
    const confirmation = proposal.structured.confirmation;
    assert.ok(confirmation, proposal.text);
    assert.equal(confirmation.skill, 'file_ticket');
    assert.match(proposal.text, /call fileTicketConfirm with token/);
    assert.equal(ticketCount(fixture.root), before, 'nothing filed by the proposal');
    const first = await callTool(client, 'fileTicketConfirm', { token: confirmation.token });
    const second = await callTool(client, 'fileTicketConfirm', { token: confirmation.token });
    assert.equal(ticketCount(fixture.root), before + 1);
    assert.match(first.structured.text ?? '', /^Ticket \d+ filed\.$/);
    assert.deepEqual(second.structured, first.structured);
    const confirmed = auditRecords(fixture.root).filter(
      (r) => r.action === 'action_confirmed' && (r.actor as { surface: string }).surface === 'mcp',
    );
    assert.equal(confirmed.length, 1, 'one audited confirmation');
  });

  it('refuses a confirmation token presented by another user, filing nothing', async () => {
    const proposal = await callTool(await connect(ALEX), 'fileTicket', {
      summary: 'the badge reader at gate B beeps',
    });
    const before = ticketCount(fixture.root);
    const stolen = await callTool(await connect(MEGAN), 'fileTicketConfirm', {
      token: proposal.structured.confirmation?.token,
    });
    assert.equal(stolen.isError, true);
    assert.match(stolen.text, /^confirmation_invalid: /);
    assert.equal(ticketCount(fixture.root), before);
  });

  it('asks the user by elicitation and files the ticket only after they accept, with their edits', async () => {
    const before = ticketCount(fixture.root);
    let filedWhileAsking: number | undefined;
    let message = '';
    const client = await connect(ALEX, (request) => {
      filedWhileAsking = ticketCount(fixture.root);
      message = request.params.message;
      return { action: 'accept', content: { confirm: true, priority: 'high' } };
    });
    const result = await callTool(client, 'fileTicket', { summary: 'the coffee machine leaks water' });
    assert.equal(filedWhileAsking, before, 'nothing filed while the user was being asked');
    assert.match(message, /coffee machine leaks water/i);
    assert.equal(result.isError, false, result.text);
    assert.match(result.structured.text ?? '', /^Ticket \d+ filed\.$/);
    assert.equal(result.structured.confirmation, undefined);
    assert.equal(ticketCount(fixture.root), before + 1);
    const filed = auditRecords(fixture.root)
      .filter((r) => r.action === 'ticket_filed')
      .at(-1);
    assert.equal((filed?.parameters as { priority?: string }).priority, 'high');
  });

  it('does nothing when the user declines the elicitation, and revokes the proposal', async () => {
    const before = ticketCount(fixture.root);
    const client = await connect(ALEX, () => ({ action: 'decline' }));
    const result = await callTool(client, 'fileTicket', { summary: 'the blinds in room 4 are stuck' });
    assert.equal(result.isError, false, result.text);
    assert.match(result.text, /Nothing was done: the user did not confirm it/);
    assert.equal(result.structured.confirmation, undefined, 'no token reaches the model');
    assert.equal(ticketCount(fixture.root), before);
    assert.equal(auditRecords(fixture.root).at(-1)?.action, 'proposal_discarded');
  });

  it('answers invalid tool arguments with a coded tool error naming the field', async () => {
    const result = await callTool(await connect(ALEX), 'askKnowledge', { question: 'x', debug: true });
    assert.equal(result.isError, true);
    assert.match(result.text, /^invalid_parameters: .*debug: is not a known field/);
  });

  const bearerWith = (
    claims: Record<string, unknown>,
    options: Parameters<FakeEntra['mintToken']>[1] = {},
  ) => ({
    authorization: `Bearer ${entra.mintToken(claims, options)}`,
  });
  const refusals: [string, () => Record<string, string>, boolean][] = [
    ['no token', () => ({ authorization: '' }), false],
    ['a malformed token', () => ({ authorization: 'Bearer not.a.jwt' }), true],
    [
      'a token signed by someone else',
      () => ({ authorization: `Bearer ${entra.mintToken({ oid: ALEX }, { signer: 'stranger' })}` }),
      true,
    ],
    ['a token for another audience', () => bearerWith({ oid: ALEX, aud: 'api://other' }), true],
    [
      'a token of another tenant',
      () => bearerWith({ oid: ALEX, tid: '12345678-1234-1234-1234-123456789012' }),
      true,
    ],
    ['an expired token', () => bearerWith({ oid: ALEX, exp: Math.floor(Date.now() / 1000) - 600 }), true],
    ['a token without oid', () => bearerWith({ oid: ALEX }, { omit: ['oid'] }), true],
    ['an unsigned token (alg none)', () => bearerWith({ oid: ALEX }, { alg: 'none' }), true],
    ['an HS256 token keyed with the public key', () => bearerWith({ oid: ALEX }, { alg: 'HS256' }), true],
    [
      'a token naming its own key (jku)',
      () => bearerWith({ oid: ALEX }, { header: { jku: 'https://evil.example/keys' } }),
      true,
    ],
    ['a Basic credential', () => ({ authorization: 'Basic YWxleDpwYXNzd29yZA==' }), true],
  ];
  for (const [name, headers, presented] of refusals) {
    it(`refuses ${name}: 401 with the resource-metadata hint`, async () => {
      const response = await post(JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }), headers());
      assert.equal(response.status, 401);
      const challenge = response.headers.get('www-authenticate') ?? '';
      assert.match(challenge, new RegExp(`^Bearer resource_metadata="${METADATA_URL}"`));
      assert.match(challenge, new RegExp(`scope="${AUDIENCE}/access_as_user"`));
      assert.equal(/error="invalid_token"/.test(challenge), presented);
      assert.deepEqual(await response.json(), {
        error: { code: 'unauthorized', message: 'The request is not authenticated.' },
      });
    });
  }

  it('makes the SDK client fail to connect without a token', async () => {
    await assert.rejects(connectClient(fixture.baseUrl), /401|nauthorized/);
  });

  it('serves the protected-resource metadata the SDK discovers (RFC 9728)', async () => {
    const metadata = await discoverOAuthProtectedResourceMetadata(
      'https://bot.example.com/mcp',
      {},
      (url, init) => fetch(String(url).replace('https://bot.example.com', fixture.baseUrl), init),
    );
    assert.equal(metadata.resource, 'https://bot.example.com/mcp');
    assert.deepEqual(metadata.authorization_servers, [`https://login.microsoftonline.com/${TENANT}/v2.0`]);
    assert.deepEqual(metadata.scopes_supported, [`${AUDIENCE}/access_as_user`]);
    assert.deepEqual(metadata.bearer_methods_supported, ['header']);
    const root = await fetch(`${fixture.baseUrl}/.well-known/oauth-protected-resource`);
    assert.equal(root.status, 200);
  });

  const hostile: [string, string, Record<string, string>, number, string][] = [
    [
      'a body over 256 KB',
      JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'x'.repeat(300_000) }),
      {},
      413,
      'payload_too_large',
    ],
    ['a body nested 100 levels', `${'['.repeat(100)}${']'.repeat(100)}`, {}, 400, 'too_deeply_nested'],
    ['invalid JSON', '{"jsonrpc": ', {}, 400, 'invalid_json'],
    [
      'a body that is not JSON',
      'method=tools/list',
      { 'content-type': 'text/plain' },
      415,
      'unsupported_media_type',
    ],
    [
      'an unknown session id',
      JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
      { 'mcp-session-id': 'no-such-session' },
      404,
      'not_found',
    ],
  ];
  for (const [name, body, headers, status, code] of hostile) {
    it(`answers ${name} with ${status} ${code}`, async () => {
      const response = await post(body, headers);
      assert.equal(response.status, status);
      assert.equal(((await response.json()) as { error: { code: string } }).error.code, code);
    });
  }

  it('answers a JSON object that is not JSON-RPC with a 400 JSON-RPC error', async () => {
    const response = await post(JSON.stringify({ hello: 'world' }));
    assert.equal(response.status, 400);
    const body = (await response.json()) as { jsonrpc: string; error: { code: number } };
    assert.equal(body.jsonrpc, '2.0');
    assert.equal(body.error.code, -32700);
  });

  it('refuses another user’s session id with 404, as if it did not exist', async () => {
    const client = await connect(ALEX);
    const sessionId = (client.transport as { sessionId?: string } | undefined)?.sessionId;
    assert.ok(sessionId);
    const response = await post(JSON.stringify({ jsonrpc: '2.0', id: 2, method: 'tools/list' }), {
      authorization: `Bearer ${tokenOf(MEGAN)}`,
      'mcp-session-id': sessionId,
      'mcp-protocol-version': '2025-06-18',
    });
    assert.equal(response.status, 404);
  });

  it('offers no standalone stream: GET /mcp is 405', async () => {
    const response = await fetch(`${fixture.baseUrl}/mcp`, {
      headers: { authorization: `Bearer ${tokenOf(ALEX)}`, accept: 'text/event-stream' },
    });
    assert.equal(response.status, 405);
  });
});

describe('MCP endpoint in local mode (no PLUGIN_API_*): loopback clients act as the local user', function () {
  this.timeout(60_000);
  const fixture = useFixtureBot();

  it('answers without a token from 127.0.0.1 as LOCAL_USER_ID (Alex: no Velora documents)', async () => {
    const client = await connectClient(fixture.baseUrl);
    try {
      const brake = await callTool(client, 'askKnowledge', {
        question: 'What is the pass criterion for the brake fade test?',
      });
      assert.match(brake.structured.text ?? '', /6\.0 m\/s²/);
      const torrente = await callTool(client, 'askKnowledge', TORRENTE);
      assert.doesNotMatch(JSON.stringify(torrente.structured), /14 March 2027/);
    } finally {
      await client.close();
    }
  });

  it('serves no protected-resource metadata (404): there is no authorization server', async () => {
    const response = await fetch(`${fixture.baseUrl}/.well-known/oauth-protected-resource`);
    assert.equal(response.status, 404);
  });
});
