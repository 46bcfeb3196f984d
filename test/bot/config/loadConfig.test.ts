import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConfigError, loadConfig } from '../../../bot/config/loadConfig';

const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'config-'));
const load = (env: Record<string, string>, envFile?: string) =>
  loadConfig(env, { cwd, ...(envFile ? { envFile } : {}) });
const GUID = '11111111-2222-3333-4444-555555555555';

describe('loadConfig', () => {
  it('has working defaults (local mode)', () => {
    const config = load({});
    assert.equal(config.port, 3978);
    assert.equal(config.dataDir, path.join(cwd, 'data'));
    assert.equal(config.auth, undefined);
    assert.equal(config.publicBaseUrl, 'http://127.0.0.1:3978');
    assert.deepEqual(config.playground, { enabled: true, port: 56150 });
  });
  it('reads PORT and DATA_DIR', () => {
    const config = load({ PORT: '4000', DATA_DIR: '/tmp/x' });
    assert.equal(config.port, 4000);
    assert.equal(config.dataDir, '/tmp/x');
  });
  it('lists every bad variable in one error', () => {
    try {
      load({ PORT: 'abc', PLAYGROUND: 'maybe', MicrosoftAppId: 'not-a-guid', LOG_LEVEL: 'loud' });
      assert.fail('expected ConfigError');
    } catch (error) {
      assert.ok(error instanceof ConfigError);
      const names = error.problems.map((problem) => problem.split(':')[0]);
      assert.deepEqual(names.sort(), ['LOG_LEVEL', 'MicrosoftAppId', 'PLAYGROUND', 'PORT']);
      assert.match(error.message, /PORT: .*\(got "abc"\)/);
    }
  });
  it('requires a password and tenant with an app id', () => {
    assert.throws(
      () => load({ MicrosoftAppId: GUID }),
      (error: ConfigError) =>
        error.problems.some((p) => p.startsWith('MicrosoftAppPassword')) &&
        error.problems.some((p) => p.startsWith('MicrosoftAppTenantId')),
    );
  });
  it('never echoes secrets', () => {
    assert.throws(
      () => load({ LINK_SIGNING_SECRET: 'short-secret' }),
      (error: ConfigError) => !error.message.includes('short-secret'),
    );
  });
  it('builds auth config when complete', () => {
    const config = load({
      MicrosoftAppId: GUID,
      MicrosoftAppPassword: 'pw',
      MicrosoftAppTenantId: GUID,
      PUBLIC_BASE_URL: 'https://bot.example.com/',
    });
    assert.deepEqual(config.auth, {
      appId: GUID,
      appPassword: 'pw',
      tenantId: GUID,
      appType: 'SingleTenant',
    });
    assert.equal(config.publicBaseUrl, 'https://bot.example.com');
  });
  it('rejects a plain-http public URL in authenticated mode', () => {
    assert.throws(
      () =>
        load({
          MicrosoftAppId: GUID,
          MicrosoftAppPassword: 'pw',
          MicrosoftAppTenantId: GUID,
          PUBLIC_BASE_URL: 'http://bot.example.com',
        }),
      /PUBLIC_BASE_URL/,
    );
  });
  it('reads env/.env.local, with the process environment winning', () => {
    fs.mkdirSync(path.join(cwd, 'env'), { recursive: true });
    fs.writeFileSync(
      path.join(cwd, 'env/.env.local'),
      '# local\nPORT=4100\nBOT_NAME="Fleet Helper"\nLOG_LEVEL=debug\n',
    );
    const config = load({ LOG_LEVEL: 'warn' });
    assert.equal(config.port, 4100);
    assert.equal(config.botName, 'Fleet Helper');
    assert.equal(config.logLevel, 'warn');
    fs.rmSync(path.join(cwd, 'env'), { recursive: true });
  });
  it('names the line of a malformed env file', () => {
    const file = path.join(cwd, 'bad.env');
    fs.writeFileSync(file, 'OK=1\nthis is not a pair\n');
    assert.throws(() => load({}, 'bad.env'), /bad\.env:2/);
  });
});
