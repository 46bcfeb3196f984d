import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConfigError, loadConfig } from '../../../host/config/loadConfig';

const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'link-config-'));
const load = (env: Record<string, string>) => loadConfig(env, { cwd });
const APP = '11111111-2222-3333-4444-555555555555';
const TENANT = '66666666-7777-8888-9999-000000000000';
const authenticated = {
  MicrosoftAppId: APP,
  MicrosoftAppPassword: 'bot-secret',
  MicrosoftAppTenantId: TENANT,
  PUBLIC_BASE_URL: 'https://bot.example.com/',
  PLUGIN_API_AUDIENCE: 'api://x',
};
const problemsOf = (env: Record<string, string>): string[] => {
  try {
    load(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
};

describe('link and sign-in configuration', () => {
  it('local mode: links live 60 minutes and nobody signs in', () => {
    const config = load({});
    assert.equal(config.linkTtlMinutes, 60);
    assert.equal(config.signIn, undefined);
  });
  it('authenticated mode: readers sign in to the bot app in its tenant, back at <PUBLIC_BASE_URL>/auth/callback', () => {
    assert.deepEqual(load(authenticated).signIn, {
      clientId: APP,
      clientSecret: 'bot-secret',
      authority: `https://login.microsoftonline.com/${TENANT}`,
      redirectUri: 'https://bot.example.com/auth/callback',
      sessionMinutes: 60,
    });
  });
  it('takes its own app registration, authority and lifetimes when given', () => {
    const other = '99999999-8888-7777-6666-555555555555';
    const config = load({
      ...authenticated,
      SIGN_IN_CLIENT_ID: other,
      SIGN_IN_CLIENT_SECRET: 'reader-app-secret',
      SIGN_IN_AUTHORITY: `https://login.microsoftonline.us/${TENANT}/`,
      SIGN_IN_SESSION_MINUTES: '30',
      LINK_TTL_MINUTES: '15',
    });
    assert.equal(config.linkTtlMinutes, 15);
    assert.deepEqual(config.signIn, {
      clientId: other,
      clientSecret: 'reader-app-secret',
      authority: `https://login.microsoftonline.us/${TENANT}`,
      redirectUri: 'https://bot.example.com/auth/callback',
      sessionMinutes: 30,
    });
  });
  for (const [name, value] of [
    ['LINK_TTL_MINUTES', '0'],
    ['LINK_TTL_MINUTES', '43200'],
    ['LINK_TTL_MINUTES', 'an hour'],
    ['SIGN_IN_SESSION_MINUTES', '1'],
    ['SIGN_IN_SESSION_MINUTES', '721'],
    ['SIGN_IN_CLIENT_ID', 'not-a-guid'],
    ['SIGN_IN_AUTHORITY', `http://login.microsoftonline.com/${TENANT}`],
    ['SIGN_IN_AUTHORITY', 'https://login.microsoftonline.com'],
    ['SIGN_IN_AUTHORITY', `https://login.microsoftonline.com/${TENANT}/v2.0`],
  ] as const) {
    it(`refuses ${name}=${value}`, () => {
      assert.ok(
        problemsOf({ ...authenticated, [name]: value }).some((problem) => problem.startsWith(`${name}:`)),
        `${name}=${value} accepted`,
      );
    });
  }
  it('names every missing sign-in setting of authenticated mode in one error', () => {
    const problems = problemsOf({
      MicrosoftAppId: APP,
      MicrosoftAppType: 'UserAssignedMSI',
      PLUGIN_API_AUDIENCE: 'api://x',
      PLUGIN_API_TENANT_ID: TENANT,
      LINK_TTL_MINUTES: '0',
    });
    const names = problems.map((problem) => problem.split(':')[0]);
    for (const name of ['PUBLIC_BASE_URL', 'SIGN_IN_CLIENT_SECRET', 'LINK_TTL_MINUTES'])
      assert.ok(names.includes(name), `${name} missing from ${problems.join(' | ')}`);
    assert.ok(!names.includes('SIGN_IN_AUTHORITY'), 'the tenant comes from PLUGIN_API_TENANT_ID');
  });
  it('never echoes the sign-in secret', () => {
    const problems = problemsOf({
      ...authenticated,
      SIGN_IN_CLIENT_SECRET: 'reader-secret-xyz',
      LINK_TTL_MINUTES: '0',
    });
    assert.ok(problems.length > 0);
    assert.ok(!problems.join('\n').includes('reader-secret-xyz'));
  });
});
