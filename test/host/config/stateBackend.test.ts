import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConfigError, loadConfig } from '../../../host/config/loadConfig';

const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'config-state-'));
const load = (env: Record<string, string>) => loadConfig(env, { cwd });
const KEY = 'k'.repeat(40);
const LINKS = { LINK_SIGNING_SECRET: 'l'.repeat(40) };
const CONNECTION =
  'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=c2VjcmV0;TableEndpoint=http://127.0.0.1:10002/devstoreaccount1;';

/** The variable names a ConfigError lists, sorted and unique. */
function badVariables(env: Record<string, string>): string[] {
  try {
    load(env);
  } catch (error) {
    assert.ok(error instanceof ConfigError);
    return [...new Set(error.problems.map((problem) => problem.split(':')[0] ?? ''))].sort();
  }
  return assert.fail('expected ConfigError');
}

describe('loadConfig: STATE_BACKEND', () => {
  it('keeps state embedded (SQLite under DATA_DIR) by default', () =>
    assert.deepEqual(load({}).state, { backend: 'embedded' }));

  it('reads Azure Storage through a connection string, with the shared audit head key', () => {
    const config = load({
      STATE_BACKEND: 'azure',
      AZURE_STORAGE_CONNECTION_STRING: CONNECTION,
      AUDIT_HEAD_KEY: KEY,
      ...LINKS,
    });
    assert.deepEqual(config.state, { backend: 'azure', storage: { connectionString: CONNECTION } });
    assert.equal(config.audit.key, KEY);
  });

  it('reads Azure Storage through an account name and the managed identity', () => {
    const config = load({
      STATE_BACKEND: 'azure',
      AZURE_STORAGE_ACCOUNT_NAME: 'kassiststabc123',
      AZURE_USE_MANAGED_IDENTITY: 'true',
      AUDIT_HEAD_KEY_FILE: '/mnt/secrets/audit-head.key',
      ...LINKS,
    });
    assert.deepEqual(config.state, { backend: 'azure', storage: { accountName: 'kassiststabc123' } });
    assert.equal(config.audit.keyFile, '/mnt/secrets/audit-head.key');
  });

  const errors: [string, Record<string, string>, string[]][] = [
    [
      'azure without an account or a head key',
      { STATE_BACKEND: 'azure' },
      ['AUDIT_HEAD_KEY', 'AZURE_STORAGE_ACCOUNT_NAME', 'LINK_SIGNING_SECRET'],
    ],
    [
      'both a connection string and an account name',
      {
        STATE_BACKEND: 'azure',
        AZURE_STORAGE_CONNECTION_STRING: CONNECTION,
        AZURE_STORAGE_ACCOUNT_NAME: 'kassist',
        AZURE_USE_MANAGED_IDENTITY: 'true',
        AUDIT_HEAD_KEY: KEY,
        ...LINKS,
      },
      ['AZURE_STORAGE_CONNECTION_STRING'],
    ],
    [
      'an account name without an Entra credential',
      { STATE_BACKEND: 'azure', AZURE_STORAGE_ACCOUNT_NAME: 'kassist', AUDIT_HEAD_KEY: KEY, ...LINKS },
      ['AZURE_STORAGE_ACCOUNT_NAME'],
    ],
    [
      'a malformed account name and a short head key',
      {
        STATE_BACKEND: 'azure',
        AZURE_STORAGE_ACCOUNT_NAME: 'Bad_Name',
        AZURE_USE_MANAGED_IDENTITY: 'true',
        AUDIT_HEAD_KEY: 'short',
        ...LINKS,
      },
      ['AUDIT_HEAD_KEY', 'AZURE_STORAGE_ACCOUNT_NAME'],
    ],
    ['an unknown backend', { STATE_BACKEND: 'cosmos' }, ['STATE_BACKEND']],
    ['both head key settings', { AUDIT_HEAD_KEY: KEY, AUDIT_HEAD_KEY_FILE: '/k' }, ['AUDIT_HEAD_KEY']],
  ];
  for (const [name, env, expected] of errors)
    it(`names every bad variable: ${name}`, () => assert.deepEqual(badVariables(env), expected));

  it('never echoes the connection string or the head key', () => {
    try {
      load({
        STATE_BACKEND: 'azure',
        AZURE_STORAGE_CONNECTION_STRING: CONNECTION,
        AZURE_STORAGE_ACCOUNT_NAME: 'x',
        AUDIT_HEAD_KEY: 'short-secret',
      });
      assert.fail('expected ConfigError');
    } catch (error) {
      assert.ok(error instanceof ConfigError);
      assert.ok(!error.message.includes('c2VjcmV0'));
      assert.ok(!error.message.includes('short-secret'));
    }
  });
});
