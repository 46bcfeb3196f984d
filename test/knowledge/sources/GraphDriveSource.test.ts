import assert from 'node:assert/strict';
import type { GraphPermission } from '../../../knowledge/graph/graphTypes';
import type { ChangePage } from '../../../knowledge/sources/ChangeFeedSource';
import { GraphDriveSource, type GraphDriveSourceOptions } from '../../../knowledge/sources/GraphDriveSource';
import type { GraphSourceItem } from '../../../knowledge/sources/graph/GraphSourceItem';
import { fakeGraphConnection, startFakeDrive, type FakeGraph } from '../../support/fakeGraph';

const ENG = 'a1b2c3d4-1111-4111-8111-0000000c4a55';
const groupGrant = (id: string): GraphPermission => ({
  id: `g-${id}`,
  roles: ['read'],
  grantedToV2: {
    group: { id, displayName: id },
    siteUser: { id: '7', loginName: `c:0o.c|federateddirectoryclaimprovider|${id}` },
  },
});
const orgLink: GraphPermission = {
  id: 'link-1',
  roles: ['read'],
  link: { scope: 'organization', type: 'view', webUrl: 'https://norvik.sharepoint.com/:t:/s/docs/E1' },
};

describe('GraphDriveSource', () => {
  let fake: FakeGraph;
  let delays: number[];
  const source = (options: Partial<GraphDriveSourceOptions> = {}) =>
    new GraphDriveSource({
      ...fakeGraphConnection(fake),
      drives: [{ driveId: 'd1', brand: 'aurex', language: 'de' }],
      retry: { sleep: async (ms) => void delays.push(ms), maxAttempts: 4 },
      now: () => Date.parse('2026-03-01T12:00:00Z'),
      ...options,
    });
  const pages = async (src: GraphDriveSource, checkpoint?: string): Promise<ChangePage[]> => {
    const all: ChangePage[] = [];
    for await (const page of src.changes(checkpoint)) all.push(page);
    return all;
  };
  const ids = (all: ChangePage[]) => all.flatMap((p) => p.upserts.map((u) => u.docId)).sort();
  const deletes = (all: ChangePage[]) => all.flatMap((p) => p.deletes).sort();
  const marks = (all: ChangePage[]) => all.map((p) => p.resync ?? '-');
  const last = (all: ChangePage[]) => all[all.length - 1]?.checkpoint;

  beforeEach(async () => {
    delays = [];
    fake = await startFakeDrive('Standards');
    fake.putItem('d1', {
      id: 'a',
      name: 'Brake test.md',
      parentId: 'fold',
      content: '# Brake\n\nFade test.',
      permissions: [groupGrant(ENG)],
    });
    fake.putItem('d1', { id: 'b', name: 'VPN.txt', content: 'VPN client setup.', permissions: [orgLink] });
    fake.putItem('d1', { id: 'c', name: 'tool.exe', content: 'MZ' });
  });
  afterEach(() => fake.stop());

  it('enumerates every page of a first run as one resync', async () => {
    const all = await pages(source());
    assert.ok(all.length >= 3, `pages: ${all.length}`);
    assert.equal(marks(all)[0], 'started');
    assert.equal(marks(all)[all.length - 1], 'completed');
    assert.equal(all[0]?.resyncPrefix, 'graph:d1:');
    assert.deepEqual(ids(all), ['graph:d1:a', 'graph:d1:b']);
  });
  it('follows @odata.nextLink pages', async () => {
    await pages(source());
    const deltaCalls = fake.requests.filter((r) => r.url.includes('/root/delta'));
    assert.equal(deltaCalls[0]?.url, '/v1.0/drives/d1/root/delta');
    assert.ok(deltaCalls.slice(1).every((r) => /\?token=/.test(r.url)));
    assert.ok(deltaCalls.length >= 3);
  });
  it('skips folders and the root', async () => {
    const all = await pages(source());
    assert.ok(![...ids(all), ...deletes(all)].some((id) => id.endsWith(':fold') || id.includes(':root-')));
  });
  it('turns unsupported files into deletes', async () =>
    assert.deepEqual(deletes(await pages(source())), ['graph:d1:c']));
  it('describes a file from its driveItem, permissions and drive', async () => {
    const item = (await pages(source()))
      .flatMap((p) => p.upserts)
      .find((u) => u.docId === 'graph:d1:a') as GraphSourceItem;
    assert.equal(item.fileName, 'Brake test.md');
    assert.equal(item.url, 'https://norvik.sharepoint.com/sites/docs/Shared%20Documents/Brake%20test.md');
    assert.match(item.modified, /^2026-01-01T/);
    assert.match(item.version ?? '', /^"c:\{a\},1"\|[0-9a-f]{16}$/);
    assert.deepEqual(item.meta, {
      title: 'Brake test',
      access: [`group:${ENG}`],
      brand: 'aurex',
      language: 'de',
    });
    assert.equal(item.permissionsReadAt, '2026-03-01T12:00:00.000Z');
  });
  it('downloads content through the 302, without sending the token to the download host', async () => {
    const item = (await pages(source())).flatMap((p) => p.upserts).find((u) => u.docId === 'graph:d1:b');
    assert.equal((await item?.read())?.bytes.toString(), 'VPN client setup.');
    const download = fake.requests.find((r) => r.url.includes('/download?tempauth='));
    assert.equal(download?.status, 200);
    assert.equal(download?.authorization, undefined);
  });
  it('refuses a download over the size cap', async () => {
    const item = (await pages(source({ maxDownloadBytes: 5 }))).flatMap((p) => p.upserts)[0];
    await assert.rejects(async () => item?.read(), /larger than 5 bytes/);
  });
  it('reports only changes after the stored deltaLink', async () => {
    const checkpoint = last(await pages(source()));
    fake.putItem('d1', { id: 'a', content: '# Brake\n\nFade test, revised.' });
    fake.putItem('d1', { id: 'n', name: 'New.html', content: '<h1>New</h1>', permissions: [orgLink] });
    fake.deleteItem('d1', 'b');
    const all = await pages(source(), checkpoint);
    assert.deepEqual(
      [ids(all), deletes(all), marks(all).filter((m) => m !== '-')],
      [['graph:d1:a', 'graph:d1:n'], ['graph:d1:b'], []],
    );
  });
  it('gives nothing new when nothing changed', async () => {
    const checkpoint = last(await pages(source()));
    const all = await pages(source(), checkpoint);
    assert.deepEqual([ids(all), deletes(all)], [[], []]);
  });
  it('turns a file renamed to an unsupported extension into a delete', async () => {
    const checkpoint = last(await pages(source()));
    fake.putItem('d1', { id: 'a', name: 'Brake test.zip' });
    assert.deepEqual(deletes(await pages(source(), checkpoint)), ['graph:d1:a']);
  });
  it('reports a permission change as a new version with the new access list', async () => {
    const first = await pages(source());
    const before = first.flatMap((p) => p.upserts).find((u) => u.docId === 'graph:d1:a');
    fake.setPermissions('d1', 'a', []);
    const after = (await pages(source(), last(first))).flatMap((p) => p.upserts);
    assert.deepEqual(
      after.map((u) => u.docId),
      ['graph:d1:a'],
    );
    assert.notEqual(after[0]?.version, before?.version);
    assert.deepEqual(after[0]?.meta?.access, []);
    assert.ok(
      fake.requests.every(
        (r) => !r.url.includes('/root/delta') || /deltashowsharingchanges/.test(r.prefer ?? ''),
      ),
    );
  });
  it('restarts with a full enumeration after 410 Gone, marked as a resync', async () => {
    const checkpoint = last(await pages(source()));
    fake.expireDeltaTokens('d1');
    fake.deleteItem('d1', 'b');
    const all = await pages(source(), checkpoint);
    assert.equal(marks(all)[0], 'started');
    assert.equal(marks(all)[all.length - 1], 'completed');
    assert.deepEqual(ids(all), ['graph:d1:a']);
    assert.ok(fake.requests.some((r) => r.status === 410));
  });
  it('keeps a drive without a link until a resync completes', async () => {
    const all = await pages(source());
    const drives = (text?: string) => (JSON.parse(text ?? '{}') as { drives: Record<string, string> }).drives;
    assert.deepEqual(drives(all[0]?.checkpoint), {});
    assert.match(drives(last(all)).d1 ?? '', /root\/delta\?token=/);
  });
  it('waits at least the Retry-After the server asked for', async () => {
    fake.script(/\/root\/delta$/, { status: 429, retryAfter: '3' }, { status: 503, retryAfter: '5' });
    const all = await pages(source());
    assert.deepEqual(ids(all), ['graph:d1:a', 'graph:d1:b']);
    assert.deepEqual(delays, [3000, 5000]);
  });
  it('gives up after the bounded number of attempts', async () => {
    fake.script(
      /\/items\/a\/permissions$/,
      ...Array.from({ length: 9 }, () => ({ status: 503, retryAfter: '1' })),
    );
    await assert.rejects(pages(source()), (error: { statusCode?: number }) => error.statusCode === 503);
    assert.equal(fake.requests.filter((r) => r.url.endsWith('/items/a/permissions')).length, 4);
    assert.deepEqual(delays, [1000, 1000, 1000]);
  });
  it('resyncs a drive removed from the configuration to empty', async () => {
    const checkpoint = last(await pages(source()));
    const all = await pages(source({ drives: [] }), checkpoint);
    assert.deepEqual(marks(all), ['started', 'completed']);
    assert.deepEqual([all[0]?.resyncPrefix, ids(all)], ['graph:d1:', []]);
    assert.deepEqual(JSON.parse(last(all) ?? '').drives, {});
  });
  it('warns about permissions it cannot map and keeps the item private to its owner', async () => {
    fake.putItem('d1', {
      id: 'p',
      name: 'Plan.md',
      content: '# Plan',
      createdBy: 'owner-9',
      permissions: [
        { id: 'sg', roles: ['read'], grantedToV2: { siteGroup: { id: '3', displayName: 'Visitors' } } },
      ],
    });
    const all = await pages(source());
    const item = all.flatMap((p) => p.upserts).find((u) => u.docId === 'graph:d1:p');
    assert.deepEqual(item?.meta?.access, ['user:owner-9']);
    assert.match(
      all.flatMap((p) => p.warnings ?? []).join('\n'),
      /graph:d1:p: permission sg: SharePoint group "Visitors"/,
    );
  });
});
