import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { ERROR_CATALOG } from '../../skills/errors/AppError';
import { ALEX, messageActivity } from '../support/botFixture';
import { APP_ID, OTHER_TENANT, SERVICE_URL, TENANT, useSecuredServer } from './support/startSecuredServer';

/** The one body every refused request gets: the catalog's code and message, nothing from the token or the check. */
const REFUSED = { error: { code: 'unauthorized', message: ERROR_CATALOG.unauthorized.message } };

/** 401 with exactly the catalog body (a text body, or any other field, counts as a leak). */
function isBareRefusal(response: { status: number; text: string }): boolean {
  try {
    return response.status === 401 && JSON.stringify(JSON.parse(response.text)) === JSON.stringify(REFUSED);
  } catch {
    return false;
  }
}

type Case = readonly [name: string, authorization: () => string | undefined];

/**
 * Inbound authentication matrix: forged, tampered and misdirected tokens minted by the test with its own keys,
 * checked by the real validation code (botbuilder's Bot Framework validation against a loopback OpenID
 * configuration; the plugin API's Entra verifier against a loopback JWKS). Every one is 401 with the bare
 * catalog body and never reaches the bot or a skill; valid tokens keep working during an unknown-kid flood.
 */
describe('inbound authentication matrix (real validators, loopback OpenID and JWKS servers)', function () {
  this.timeout(120_000);
  let turns = 0;
  let pluginRuns = 0;

  const server = useSecuredServer({
    tmpPrefix: 'auth-matrix-',
    tap: (teams, composed) => {
      const run = teams.app.run.bind(teams.app);
      teams.app.run = (context) => {
        turns += 1;
        return run(context);
      };
      // A skill run on behalf of the plugin API (surface `copilot`) is what a forged token must never reach.
      const get = composed.registry.get.bind(composed.registry);
      composed.registry.get = (name) => {
        const skill = get(name);
        return (
          skill && {
            ...skill,
            invoke: (params, context) => {
              if (context.surface === 'copilot') pluginRuns += 1;
              return skill.invoke(params, context);
            },
          }
        );
      };
    },
  });

  const activity = (extra: Record<string, unknown> = {}) =>
    messageActivity('What is the pass criterion for the brake fade test?', ALEX, {
      serviceUrl: SERVICE_URL,
      conversation: { id: 'a:conv-alex', conversationType: 'personal', tenantId: TENANT },
      // Replies come back in the HTTP response: the turn needs no outbound connector call.
      deliveryMode: 'expectReplies',
      ...extra,
    });
  const postActivity = async (authorization: string | undefined, body = activity()) => {
    const response = await fetch(`${server.baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
      body: JSON.stringify(body),
    });
    return { status: response.status, text: await response.text() };
  };
  const postSkill = async (authorization: string | undefined) => {
    const response = await fetch(`${server.baseUrl}/api/skills/ask_knowledge`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
      body: JSON.stringify({ question: 'What is the pass criterion for the brake fade test?' }),
    });
    return { status: response.status, text: await response.text() };
  };

  const now = () => Math.floor(Date.now() / 1000);
  const bearer = (token: string) => `Bearer ${token}`;
  const tamper = (token: string, claims: Record<string, unknown>) => {
    const [header, payload, signature] = token.split('.');
    const changed = {
      ...(JSON.parse(Buffer.from(payload ?? '', 'base64url').toString()) as object),
      ...claims,
    };
    return `${header}.${Buffer.from(JSON.stringify(changed)).toString('base64url')}.${signature}`;
  };
  const strangerJwk = () => {
    const { publicKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
    return { ...publicKey.export({ format: 'jwk' }), kid: 'attacker' };
  };

  const botCases: Case[] = [
    ['no Authorization header', () => undefined],
    ['the Basic scheme', () => 'Basic dXNlcjpwYXNz'],
    ['a bearer that is not a JWT', () => 'Bearer not-a-jwt'],
    ['an empty bearer', () => 'Bearer '],
    ['two tokens in one header', () => `${bearer(server.channel.mintToken())} ${server.channel.mintToken()}`],
    ['alg none (unsigned)', () => bearer(server.channel.mintToken({}, { alg: 'none' }))],
    ['HS256 keyed with the channel public key', () => bearer(server.channel.mintToken({}, { alg: 'HS256' }))],
    [
      'the signature stripped',
      () => bearer(`${server.channel.mintToken().split('.').slice(0, 2).join('.')}.`),
    ],
    [
      'a stranger’s key under the channel kid',
      () => bearer(server.channel.mintToken({}, { signer: 'stranger' })),
    ],
    [
      'an unknown kid',
      () => bearer(server.channel.mintToken({}, { signer: 'stranger', kid: 'unknown-kid' })),
    ],
    [
      'a traversal kid',
      () => bearer(server.channel.mintToken({}, { signer: 'stranger', kid: '../../../etc/passwd' })),
    ],
    [
      'a 200-character kid',
      () => bearer(server.channel.mintToken({}, { signer: 'stranger', kid: 'k'.repeat(200) })),
    ],
    [
      'a jku header naming an attacker key set',
      () =>
        bearer(
          server.channel.mintToken({}, { signer: 'stranger', header: { jku: 'https://evil.example/keys' } }),
        ),
    ],
    [
      'an embedded jwk header',
      () => bearer(server.channel.mintToken({}, { signer: 'stranger', header: { jwk: strangerJwk() } })),
    ],
    [
      'an x5u header',
      () => bearer(server.channel.mintToken({}, { header: { x5u: 'https://evil.example/cert.pem' } })),
    ],
    [
      'an expired token',
      () => bearer(server.channel.mintToken({ exp: now() - 3600, nbf: now() - 7200, iat: now() - 7200 })),
    ],
    ['a token not yet valid', () => bearer(server.channel.mintToken({ nbf: now() + 3600 }))],
    ['a token without exp', () => bearer(server.channel.mintToken({ exp: undefined }))],
    ['a token issued in the future', () => bearer(server.channel.mintToken({ iat: now() + 3600 }))],
    ['a wrong issuer', () => bearer(server.channel.mintToken({ iss: 'https://evil.example' }))],
    ['no issuer', () => bearer(server.channel.mintToken({ iss: undefined }))],
    [
      'an emulator issuer (validated against the emulator keys)',
      () =>
        bearer(
          server.channel.mintToken({
            iss: 'https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/',
            appid: APP_ID,
            ver: '1.0',
          }),
        ),
    ],
    [
      'a wrong audience',
      () => bearer(server.channel.mintToken({ aud: '99999999-2222-3333-4444-555555555555' })),
    ],
    ['no audience', () => bearer(server.channel.mintToken({ aud: undefined }))],
    [
      'a serviceurl claim for another service',
      () => bearer(server.channel.mintToken({ serviceurl: 'https://evil.example/' })),
    ],
    ['no serviceurl claim', () => bearer(server.channel.mintToken({ serviceurl: undefined }))],
    [
      'a tampered payload (audience swapped after signing)',
      () => bearer(tamper(server.channel.mintToken({ aud: 'other' }), { aud: APP_ID })),
    ],
    ['an oversized header', () => bearer(server.channel.mintToken({ padding: 'x'.repeat(9000) }))],
    ['an Entra token for the plugin API', () => bearer(server.entra.mintToken())],
  ];

  const pluginCases: Case[] = [
    ['no Authorization header', () => undefined],
    ['the Basic scheme', () => 'Basic dXNlcjpwYXNz'],
    ['a bearer that is not a JWT', () => 'Bearer not-a-jwt'],
    ['two tokens in one header', () => `${bearer(server.entra.mintToken())} ${server.entra.mintToken()}`],
    ['alg none (unsigned)', () => bearer(server.entra.mintToken({}, { alg: 'none' }))],
    ['HS256 keyed with the tenant public key', () => bearer(server.entra.mintToken({}, { alg: 'HS256' }))],
    ['the signature stripped', () => bearer(`${server.entra.mintToken().split('.').slice(0, 2).join('.')}.`)],
    [
      'a stranger’s key under the tenant kid',
      () => bearer(server.entra.mintToken({}, { signer: 'stranger' })),
    ],
    ['an unknown kid', () => bearer(server.entra.mintToken({}, { signer: 'stranger', kid: 'unknown-kid' }))],
    [
      'a traversal kid',
      () => bearer(server.entra.mintToken({}, { signer: 'stranger', kid: '../../../etc/passwd' })),
    ],
    [
      'a 200-character kid',
      () => bearer(server.entra.mintToken({}, { signer: 'stranger', kid: 'k'.repeat(200) })),
    ],
    [
      'a jku header naming an attacker key set',
      () =>
        bearer(
          server.entra.mintToken({}, { signer: 'stranger', header: { jku: 'https://evil.example/keys' } }),
        ),
    ],
    [
      'an embedded jwk header',
      () => bearer(server.entra.mintToken({}, { signer: 'stranger', header: { jwk: strangerJwk() } })),
    ],
    [
      'an x5u header',
      () => bearer(server.entra.mintToken({}, { header: { x5u: 'https://evil.example/cert.pem' } })),
    ],
    [
      'an expired token',
      () => bearer(server.entra.mintToken({ exp: now() - 3600, nbf: now() - 7200, iat: now() - 7200 })),
    ],
    ['a token not yet valid', () => bearer(server.entra.mintToken({ nbf: now() + 3600 }))],
    ['a token without exp', () => bearer(server.entra.mintToken({ exp: undefined }))],
    ['a token issued in the future', () => bearer(server.entra.mintToken({ iat: now() + 3600 }))],
    [
      'a wrong issuer',
      () => bearer(server.entra.mintToken({ iss: 'https://login.microsoftonline.com/evil/v2.0' })),
    ],
    ['no issuer', () => bearer(server.entra.mintToken({ iss: undefined }))],
    ['a wrong audience', () => bearer(server.entra.mintToken({ aud: 'api://other-app' }))],
    ['no audience', () => bearer(server.entra.mintToken({ aud: undefined }))],
    ['another tenant', () => bearer(server.entra.mintToken({ tid: OTHER_TENANT }))],
    ['no tenant', () => bearer(server.entra.mintToken({ tid: undefined }))],
    ['no oid', () => bearer(server.entra.mintToken({ oid: undefined }))],
    [
      'a tampered payload (tenant swapped after signing)',
      () => bearer(tamper(server.entra.mintToken({ tid: OTHER_TENANT }), { tid: TENANT })),
    ],
    ['an oversized header', () => bearer(server.entra.mintToken({ padding: 'x'.repeat(9000) }))],
    ['a Bot Framework channel token', () => bearer(server.channel.mintToken())],
  ];

  it('accepts a valid channel token (the matrix below is not refusing everything)', async () => {
    const before = turns;
    const response = await postActivity(bearer(server.channel.mintToken()));
    assert.equal(response.status, 200, response.text);
    const replies = (JSON.parse(response.text) as { activities: { type: string }[] }).activities;
    assert.ok(
      replies.some((reply) => reply.type === 'message'),
      response.text,
    );
    assert.equal(turns, before + 1);
  });

  it('accepts a valid Entra token on the plugin API', async () => {
    const before = pluginRuns;
    const response = await postSkill(bearer(server.entra.mintToken()));
    assert.equal(response.status, 200, response.text);
    assert.equal(pluginRuns, before + 1);
  });

  it(`refuses ${botCases.length} bad Bot Framework tokens with 401 and the bare catalog body; the bot never runs`, async () => {
    const before = turns;
    const accepted: string[] = [];
    for (const [name, authorization] of botCases) {
      const response = await postActivity(authorization());
      if (!isBareRefusal(response))
        accepted.push(`${name}: ${response.status} ${response.text.slice(0, 200)}`);
    }
    console.log(
      `      Bot Framework: ${botCases.length} bad tokens, ${botCases.length - accepted.length} refused with 401, turns run ${turns - before}`,
    );
    assert.deepEqual(accepted, []);
    assert.equal(turns, before, 'no turn ran');
  });

  it(`refuses ${pluginCases.length} bad plugin tokens with 401 and the bare catalog body; no skill runs`, async () => {
    const before = pluginRuns;
    const accepted: string[] = [];
    for (const [name, authorization] of pluginCases) {
      const response = await postSkill(authorization());
      if (!isBareRefusal(response))
        accepted.push(`${name}: ${response.status} ${response.text.slice(0, 200)}`);
    }
    console.log(
      `      plugin API: ${pluginCases.length} bad tokens, ${pluginCases.length - accepted.length} refused with 401, skills run ${pluginRuns - before}`,
    );
    assert.deepEqual(accepted, []);
    assert.equal(pluginRuns, before, 'no skill ran');
  });

  it('refuses a valid channel token carrying an activity from another tenant (403), the bot never runs', async () => {
    const before = turns;
    const response = await postActivity(
      bearer(server.channel.mintToken()),
      activity({ conversation: { id: 'a:conv-x', conversationType: 'personal', tenantId: OTHER_TENANT } }),
    );
    assert.equal(response.status, 403);
    assert.equal((JSON.parse(response.text) as typeof REFUSED).error.code, 'tenant_not_allowed');
    assert.equal(turns, before);
  });

  it('keeps valid tokens working during an unknown-kid flood, without refetching keys per forged token', async () => {
    // Keys loaded once (as after the first request of a running bot); the flood then costs no key fetch.
    assert.equal((await postActivity(bearer(server.channel.mintToken()))).status, 200);
    assert.equal((await postSkill(bearer(server.entra.mintToken()))).status, 200);
    const botKeys = server.channel.keyRequests();
    const pluginKeys = server.entra.jwksRequests();
    const beforeTurns = turns;
    const beforeLookups = pluginRuns;
    const forged = 100;
    const valid = 10;
    const results = await Promise.all(
      Array.from({ length: forged + valid }, (_, i) => {
        const isValid = i % (forged / valid + 1) === 0;
        const kid = `flood-${i}-${crypto.randomBytes(6).toString('hex')}`;
        return Promise.all([
          postActivity(
            bearer(
              isValid
                ? server.channel.mintToken()
                : server.channel.mintToken({}, { signer: 'stranger', kid }),
            ),
          ),
          postSkill(
            bearer(
              isValid ? server.entra.mintToken() : server.entra.mintToken({}, { signer: 'stranger', kid }),
            ),
          ),
        ]).then(([bot, plugin]) => ({ isValid, bot: bot.status, plugin: plugin.status }));
      }),
    );
    const validOnes = results.filter((r) => r.isValid);
    const forgedOnes = results.filter((r) => !r.isValid);
    const botFetches = server.channel.keyRequests() - botKeys;
    const pluginFetches = server.entra.jwksRequests() - pluginKeys;
    console.log(
      `      flood: ${forgedOnes.length} forged + ${validOnes.length} valid per surface; valid accepted bot ${validOnes.filter((r) => r.bot === 200).length}, plugin ${validOnes.filter((r) => r.plugin === 200).length}; forged refused bot ${forgedOnes.filter((r) => r.bot === 401).length}, plugin ${forgedOnes.filter((r) => r.plugin === 401).length}; key fetches bot ${botFetches}, plugin ${pluginFetches}`,
    );
    assert.ok(validOnes.every((r) => r.bot === 200 && r.plugin === 200));
    assert.ok(forgedOnes.every((r) => r.bot === 401 && r.plugin === 401));
    assert.equal(turns - beforeTurns, validOnes.length);
    assert.equal(pluginRuns - beforeLookups, validOnes.length);
    assert.ok(botFetches <= 1, `${botFetches} channel key fetches`);
    assert.ok(pluginFetches <= 1, `${pluginFetches} plugin key fetches`);
  });
});
