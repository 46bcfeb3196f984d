import assert from 'node:assert/strict';
import type { GraphError } from '@microsoft/microsoft-graph-client';
import { createGraphClient, graphApiPath } from '../../../knowledge/graph/createGraphClient';
import { startFakeGraph, staticTokenCredential, type FakeGraph } from '../../support/fakeGraph';

describe('createGraphClient', () => {
  let fake: FakeGraph;
  beforeEach(async () => {
    fake = await startFakeGraph();
    fake.setUser('u1', { displayName: 'Alex Wilber' });
  });
  afterEach(() => fake.stop());

  it('sends the credential token as a bearer token to the base URL', async () => {
    const client = createGraphClient({
      credential: staticTokenCredential(fake.token),
      baseUrl: fake.baseUrl,
    });
    const user = (await client.api('/users/u1').select('displayName').get()) as { displayName: string };
    assert.equal(user.displayName, 'Alex Wilber');
    assert.equal(fake.requests[0]?.authorization, `Bearer ${fake.token}`);
    assert.equal(fake.requests[0]?.url, '/v1.0/users/u1?$select=displayName');
  });

  it('surfaces a rejected token as a 401 GraphError', async () => {
    const client = createGraphClient({ credential: staticTokenCredential('wrong'), baseUrl: fake.baseUrl });
    const error = (await client
      .api('/users/u1')
      .get()
      .catch((e: GraphError) => e)) as GraphError;
    assert.equal(error.statusCode, 401);
    assert.equal(error.code, 'InvalidAuthenticationToken');
  });

  it('does not retry by itself (the SDK RetryHandler is left out)', async () => {
    fake.script(/\/users\/u1$/, { status: 429, retryAfter: '1' }, { status: 429, retryAfter: '1' });
    const client = createGraphClient({
      credential: staticTokenCredential(fake.token),
      baseUrl: fake.baseUrl,
    });
    const error = (await client
      .api('/users/u1')
      .get()
      .catch((e: GraphError) => e)) as GraphError;
    assert.equal(error.statusCode, 429);
    assert.equal(error.headers?.get('retry-after'), '1');
    assert.equal(fake.requests.length, 1);
  });

  it('turns links within the base URL into API paths', () =>
    assert.equal(
      graphApiPath('https://graph.microsoft.com/v1.0/drives/d/root/delta?token=abc'),
      '/drives/d/root/delta?token=abc',
    ));
  it('refuses links to another host', () =>
    assert.throws(() => graphApiPath('https://evil.example/v1.0/drives/d/root/delta'), /refusing/));
  it('refuses links to another API version', () =>
    assert.throws(() => graphApiPath('https://graph.microsoft.com/beta/drives/d/root/delta'), /refusing/));
});
