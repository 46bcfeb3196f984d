import assert from 'node:assert/strict';
import type { IncomingMessage } from 'node:http';
import { isLoopback, pluginCaller, type PluginAuth } from '../../../host/http/pluginCaller';
import { AppError } from '../../../skills/errors/AppError';
import { DirectoryUnavailableError } from '../../../knowledge/identity/DirectoryUnavailableError';
import type { Directory } from '../../../knowledge/identity/Directory';

/** A directory with one known user, or one whose group lookups are down. */
const directory = (down = false): Directory => ({
  principalsFor: async (id) => {
    if (down) throw new DirectoryUnavailableError('graph down');
    return id === 'u1' ? ['user:u1', 'everyone', 'group:brand-velora'] : [`user:${id}`, 'everyone'];
  },
  displayName: async (id) => (id === 'u1' ? 'Megan Bowen' : undefined),
});
const request = (remoteAddress: string, authorization?: string) =>
  ({
    headers: authorization ? { authorization } : {},
    socket: { remoteAddress },
  }) as unknown as IncomingMessage;
const local: PluginAuth = { kind: 'local', userId: 'u1' };
const entra: PluginAuth = {
  kind: 'entra',
  verify: async (authorization) => {
    if (authorization !== 'Bearer good') throw new AppError('unauthorized');
    return { userId: 'u1', tenantId: 't1' };
  },
};

describe('pluginCaller: who a plugin API request acts for', () => {
  for (const [address, loopback] of [
    ['127.0.0.1', true],
    ['127.8.9.10', true],
    ['::1', true],
    ['::ffff:127.0.0.1', true],
    ['10.0.0.5', false],
    ['::ffff:192.168.1.2', false],
    ['128.0.0.1', false],
    ['fe80::1', false],
    ['', false],
  ] as const) {
    it(`${address || '(none)'} is ${loopback ? '' : 'not '}loopback`, () =>
      assert.equal(isLoopback(address), loopback));
  }

  it('local mode: a loopback caller acts as the local user, with principals from the directory', async () => {
    assert.deepEqual(await pluginCaller(request('127.0.0.1'), local, directory()), {
      id: 'u1',
      name: 'Megan Bowen',
      principals: ['user:u1', 'everyone', 'group:brand-velora'],
    });
  });

  it('local mode: refuses a caller from another address, token or not', async () => {
    for (const req of [request('10.0.0.5'), request('10.0.0.5', 'Bearer good')])
      await assert.rejects(pluginCaller(req, local, directory()), { code: 'unauthorized' });
  });

  it('entra mode: acts as the token’s user and tenant; a bad token is unauthorized even from loopback', async () => {
    const user = await pluginCaller(request('10.0.0.5', 'Bearer good'), entra, directory());
    assert.equal(user.id, 'u1');
    assert.equal(user.tenantId, 't1');
    await assert.rejects(pluginCaller(request('127.0.0.1', 'Bearer bad'), entra, directory()), {
      code: 'unauthorized',
    });
    await assert.rejects(pluginCaller(request('127.0.0.1'), entra, directory()), { code: 'unauthorized' });
  });

  it('fails closed to everyone, with a notice, when the directory is unavailable', async () => {
    const user = await pluginCaller(request('127.0.0.1'), local, directory(true));
    assert.deepEqual(user.principals, ['everyone']);
    assert.match(user.notice ?? '', /could not be checked/);
  });
});
