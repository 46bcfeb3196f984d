import assert from 'node:assert/strict';
import { createGraphClient } from '../../../knowledge/graph/createGraphClient';
import { DirectoryUnavailableError } from '../../../knowledge/identity/DirectoryUnavailableError';
import { GraphDirectory, type GraphDirectoryOptions } from '../../../knowledge/identity/GraphDirectory';
import { startFakeGraph, staticTokenCredential, type FakeGraph } from '../../support/fakeGraph';

const groupIds = (n: number) =>
  Array.from({ length: n }, (_, i) => `0000${String(i).padStart(4, '0')}-aaaa-4bbb-8ccc-000000000000`);
const MEMBERSHIP = /\/users\/alex\/transitiveMemberOf\/microsoft\.graph\.group\?\$select=id&\$top=999$/;

describe('GraphDirectory', () => {
  let fake: FakeGraph;
  let clock: number;
  let delays: number[];
  const directory = (options: Partial<GraphDirectoryOptions> = {}) =>
    new GraphDirectory({
      client: createGraphClient({ credential: staticTokenCredential(fake.token), baseUrl: fake.baseUrl }),
      baseUrl: fake.baseUrl,
      now: () => clock,
      retry: { sleep: async (ms) => void delays.push(ms), maxAttempts: 3 },
      ...options,
    });
  const membershipCalls = () => fake.requests.filter((r) => r.url.includes('/transitiveMemberOf/')).length;

  beforeEach(async () => {
    clock = 1_000_000;
    delays = [];
    fake = await startFakeGraph();
    fake.setUser('alex', { displayName: 'Alex Wilber', groups: groupIds(260) });
    fake.setUser('megan', { displayName: 'Megan Bowen', groups: ['brand-velora'] });
  });
  afterEach(() => fake.stop());

  it('resolves 250+ groups over several pages', async () => {
    const principals = await directory().principalsFor('alex');
    assert.equal(principals.length, 262);
    assert.deepEqual(principals.slice(0, 2), ['user:alex', 'everyone']);
    assert.ok(groupIds(260).every((id) => principals.includes(`group:${id}`)));
    assert.equal(membershipCalls(), 3);
  });
  it('asks for group ids only, 999 a page, following nextLink', async () => {
    await directory().principalsFor('alex');
    const urls = fake.requests.map((r) => r.url);
    assert.equal(urls[0], '/v1.0/users/alex/transitiveMemberOf/microsoft.graph.group?$select=id&$top=999');
    assert.match(urls[1] ?? '', /\$skiptoken=100/);
  });
  it('gives a user without groups only themselves, everyone and their groups', async () =>
    assert.deepEqual(await directory().principalsFor('megan'), [
      'user:megan',
      'everyone',
      'group:brand-velora',
    ]));
  it('gives a user Graph does not know only themselves, not everyone (fail closed)', async () =>
    assert.deepEqual(await directory().principalsFor('stranger'), ['user:stranger']));
  it('gives a malformed id nothing, without asking Graph', async () => {
    assert.deepEqual(await directory().principalsFor('bad id<>'), []);
    assert.equal(fake.requests.length, 0);
  });
  it('caches a user within the TTL', async () => {
    const dir = directory({ ttlMs: 60_000 });
    await dir.principalsFor('megan');
    clock += 59_000;
    await dir.principalsFor('megan');
    assert.equal(membershipCalls(), 1);
  });
  it('fetches again after the TTL', async () => {
    const dir = directory({ ttlMs: 60_000 });
    await dir.principalsFor('megan');
    fake.setUser('megan', { groups: [] });
    clock += 60_001;
    assert.deepEqual(await dir.principalsFor('megan'), ['user:megan', 'everyone']);
    assert.equal(membershipCalls(), 2);
  });
  it('shares one fetch between concurrent calls for a user', async () => {
    const dir = directory();
    const results = await Promise.all([
      dir.principalsFor('alex'),
      dir.principalsFor('alex'),
      dir.principalsFor('alex'),
    ]);
    assert.deepEqual(results[1], results[0]);
    assert.equal(membershipCalls(), 3);
  });
  it('retries throttling, waiting what Retry-After says', async () => {
    fake.script(MEMBERSHIP, { status: 429, retryAfter: '2' });
    assert.equal((await directory().principalsFor('alex')).length, 262);
    assert.deepEqual(delays, [2000]);
  });
  it('throws DirectoryUnavailableError when Graph keeps failing, never a partial list', async () => {
    fake.script(
      MEMBERSHIP,
      { status: 503, retryAfter: '1' },
      { status: 503, retryAfter: '1' },
      { status: 503, retryAfter: '1' },
    );
    await assert.rejects(directory().principalsFor('alex'), DirectoryUnavailableError);
  });
  it('fails when a later page fails, after the first page succeeded', async () => {
    fake.script(/\$skiptoken=200$/, { status: 503 }, { status: 503 }, { status: 503 });
    await assert.rejects(directory().principalsFor('alex'), DirectoryUnavailableError);
    assert.deepEqual(
      fake.requests.map((r) => r.status),
      [200, 200, 503, 503, 503],
    );
  });
  it('does not cache a failure', async () => {
    fake.script(MEMBERSHIP, { status: 503 }, { status: 503 }, { status: 503 });
    const dir = directory();
    await assert.rejects(dir.principalsFor('alex'), DirectoryUnavailableError);
    assert.equal((await dir.principalsFor('alex')).length, 262);
  });
  it('knows display names and caches them', async () => {
    const dir = directory();
    assert.equal(await dir.displayName('alex'), 'Alex Wilber');
    assert.equal(await dir.displayName('alex'), 'Alex Wilber');
    assert.equal(fake.requests.filter((r) => r.url === '/v1.0/users/alex?$select=displayName').length, 1);
  });
  it('gives undefined for an unknown user or a failing Graph', async () => {
    fake.script(/\/users\/megan\?/, { status: 503 }, { status: 503 }, { status: 503 });
    const dir = directory();
    assert.deepEqual(
      [await dir.displayName('stranger'), await dir.displayName('megan')],
      [undefined, undefined],
    );
  });
});
