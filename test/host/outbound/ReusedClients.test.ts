import assert from 'node:assert/strict';
import {
  AuthenticationConstants,
  ClaimsIdentity,
  ConnectorClient,
  ConnectorFactory,
  MicrosoftAppCredentials,
  type AuthenticateRequestResult,
  type UserTokenClient,
} from 'botframework-connector';
import { ReusedClients } from '../../../host/outbound/ReusedClients';

/** A connector factory that counts the clients it builds (and fails for service URLs containing "fail"). */
function countingFactory(): { factory: ConnectorFactory; built: string[] } {
  const built: string[] = [];
  const factory = new (class extends ConnectorFactory {
    async create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
      built.push(`${serviceUrl} ${audience ?? ''}`);
      if (serviceUrl.includes('fail')) throw new Error('cannot build');
      return new ConnectorClient(new MicrosoftAppCredentials('', ''), { baseUri: serviceUrl });
    }
  })();
  return { factory, built };
}

function authenticated(appId: string, factory: ConnectorFactory): AuthenticateRequestResult {
  return {
    audience: 'https://api.botframework.com',
    claimsIdentity: new ClaimsIdentity([{ type: AuthenticationConstants.AudienceClaim, value: appId }], true),
    connectorFactory: factory,
  };
}

describe('ReusedClients (connector clients built once, not per turn)', () => {
  it('reuses a connector client for the same app id, service URL and audience only', async () => {
    const clients = new ReusedClients<ConnectorClient, UserTokenClient>(8);
    const { factory, built } = countingFactory();
    const create = (appId: string, url: string, audience?: string) =>
      clients.reusing(authenticated(appId, factory)).connectorFactory?.create(url, audience);
    const first = await create('app-1', 'https://smba.example/emea/', 'aud');
    const again = await create('app-1', 'https://smba.example/emea/', 'aud');
    assert.equal(again, first);
    assert.notEqual(await create('app-1', 'https://smba.example/amer/', 'aud'), first);
    assert.notEqual(await create('app-2', 'https://smba.example/emea/', 'aud'), first);
    assert.notEqual(await create('app-1', 'https://smba.example/emea/', 'other'), first);
    assert.equal(built.length, 4);
  });

  it('keeps at most its capacity (least recently used dropped) and never keeps a failed build', async () => {
    const clients = new ReusedClients<ConnectorClient, UserTokenClient>(2);
    const { factory, built } = countingFactory();
    const create = async (url: string) =>
      clients.reusing(authenticated('app', factory)).connectorFactory?.create(url);
    await create('https://a/');
    await create('https://b/');
    await create('https://a/');
    await create('https://c/'); // drops b, the least recently used
    await create('https://a/');
    assert.deepEqual(built, ['https://a/ ', 'https://b/ ', 'https://c/ ']);
    await create('https://b/');
    assert.equal(built.length, 4);
    await assert.rejects(create('https://fail/'), /cannot build/);
    await assert.rejects(create('https://fail/'), /cannot build/);
    assert.equal(built.filter((b) => b.startsWith('https://fail/')).length, 2);
  });

  it('leaves a result without a connector factory as it is', () => {
    const clients = new ReusedClients<ConnectorClient, UserTokenClient>();
    const result: AuthenticateRequestResult = {
      audience: 'a',
      claimsIdentity: new ClaimsIdentity([], true),
    };
    assert.equal(clients.reusing(result), result);
  });

  it('builds one user-token client per app id', async () => {
    const clients = new ReusedClients<ConnectorClient, UserTokenClient>();
    let builds = 0;
    const build = async (): Promise<UserTokenClient> => {
      builds += 1;
      return {} as UserTokenClient;
    };
    const claims = (appId: string) =>
      new ClaimsIdentity([{ type: AuthenticationConstants.AudienceClaim, value: appId }], true);
    const first = await clients.userTokenClient(claims('app-1'), build);
    assert.equal(await clients.userTokenClient(claims('app-1'), build), first);
    await clients.userTokenClient(claims('app-2'), build);
    assert.equal(builds, 2);
  });
});
