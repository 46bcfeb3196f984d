import assert from 'node:assert/strict';
import type { IncomingMessage } from 'node:http';
import type { Services } from '../../../../host/compose';
import { silentLogger } from '../../../../host/log/createLogger';
import { authorizeAdmin } from '../../../../host/http/admin/authorizeAdmin';
import { LocalDirectory } from '../../../../knowledge/identity/LocalDirectory';
import { AppError } from '../../../../skills/errors/AppError';

const directory = new LocalDirectory({
  users: [
    { id: 'ada', groups: ['it-admins', 'privacy-officers'] },
    { id: 'bob', groups: ['it-admins'] },
    { id: 'eve', groups: ['marketing'] },
  ],
  groups: [],
});

/** The parts of the services `authorizeAdmin` reads: config (mode, admin groups, local user), directory, log. */
function services(
  mode: 'local' | 'production',
  admin: { groupId?: string; namesGroupId?: string },
): Services {
  return {
    config: {
      localUserId: 'bob',
      admin,
      ...(mode === 'production' ? { auth: { appId: 'app', appType: 'SingleTenant' } } : {}),
    },
    directory,
    log: silentLogger,
  } as unknown as Services;
}
const request = (remoteAddress: string) => ({ socket: { remoteAddress }, headers: {} }) as IncomingMessage;
const as = (userId: string | undefined) => async () => userId;
const code = async (work: Promise<unknown>) =>
  work.then(
    () => 'allowed',
    (error: unknown) => (error instanceof AppError ? error.code : String(error)),
  );

describe('authorizeAdmin: who may open the admin console', () => {
  it('local mode: a loopback caller is the local user; names only for the names group', async () => {
    const viewer = await authorizeAdmin(request('127.0.0.1'), services('local', {}), undefined);
    assert.deepEqual([viewer.userId, viewer.namesAllowed], ['bob', false]);
    const named = await authorizeAdmin(
      request('::1'),
      services('local', { namesGroupId: 'it-admins' }),
      undefined,
    );
    assert.equal(named.namesAllowed, true);
  });

  it('local mode: refuses a caller that is not on loopback', async () => {
    for (const address of ['10.0.0.5', '::ffff:192.168.1.9', ''])
      assert.equal(
        await code(authorizeAdmin(request(address), services('local', {}), undefined)),
        'admin_forbidden',
      );
  });

  it('production: off (404) without ADMIN_GROUP_ID, 401 without a signed-in user', async () => {
    assert.equal(
      await code(authorizeAdmin(request('10.0.0.5'), services('production', {}), as('ada'))),
      'not_found',
    );
    const configured = services('production', { groupId: 'it-admins' });
    assert.equal(await code(authorizeAdmin(request('10.0.0.5'), configured, as(undefined))), 'unauthorized');
    assert.equal(await code(authorizeAdmin(request('10.0.0.5'), configured, undefined)), 'not_found');
  });

  it('production: refuses a signed-in user outside the admin group, admits members, names for the names group', async () => {
    const configured = services('production', { groupId: 'it-admins', namesGroupId: 'privacy-officers' });
    assert.equal(await code(authorizeAdmin(request('10.0.0.5'), configured, as('eve'))), 'admin_forbidden');
    const bob = await authorizeAdmin(request('10.0.0.5'), configured, as('bob'));
    assert.deepEqual([bob.userId, bob.namesAllowed], ['bob', false]);
    const ada = await authorizeAdmin(request('10.0.0.5'), configured, as('ada'));
    assert.deepEqual([ada.userId, ada.namesAllowed], ['ada', true]);
  });
});
