import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { GraphPermission } from '../../../knowledge/graph/graphTypes';
import { SqliteIndex } from '../../../knowledge/index/SqliteIndex';
import { FileCheckpointStore } from '../../../knowledge/ingest/FileCheckpointStore';
import { runChangeFeedIngest } from '../../../knowledge/ingest/runChangeFeedIngest';
import { GraphDriveSource } from '../../../knowledge/sources/GraphDriveSource';
import type { IndexedDocument } from '../../../knowledge/index/IndexedDocument';
import { fakeGraphConnection, startFakeDrive, type FakeGraph } from '../../support/fakeGraph';

const ENG = 'eng-chassis-0001';
const groupGrant = (id: string): GraphPermission => ({
  id: `g-${id}`,
  roles: ['read'],
  grantedToV2: { group: { id, displayName: id } },
});
const ownerGrant: GraphPermission = { id: 'o', roles: ['owner'], grantedToV2: { user: { id: 'olivia' } } };
const orgLink: GraphPermission = { id: 'l', roles: ['read'], link: { scope: 'organization', type: 'view' } };

/** A real SqliteIndex whose upserts throw once armed (an index outage in the middle of a run). */
class FlakyIndex extends SqliteIndex {
  failOn: ((doc: IndexedDocument) => boolean) | undefined;
  override async upsert(doc: IndexedDocument): Promise<void> {
    if (this.failOn?.(doc)) throw new Error(`index unavailable while writing ${doc.docId}`);
    return super.upsert(doc);
  }
}

describe('runChangeFeedIngest (Graph drive delta into the embedded index)', () => {
  let fake: FakeGraph;
  let root: string;
  let index: FlakyIndex;
  let checkpoints: FileCheckpointStore;
  let source: GraphDriveSource;

  const ingest = (onProgress?: (p: { items: number; bytes: number; pages: number }) => void) =>
    runChangeFeedIngest({ source, index, checkpoints, ...(onProgress ? { onProgress } : {}) });
  const find = async (query: string, principals: string[]) =>
    (await index.search(query, { principals })).map((p) => p.docId).sort();
  const counts = (s: {
    added: number;
    updated: number;
    unchanged: number;
    deleted: number;
    failed: unknown[];
  }) => [s.added, s.updated, s.unchanged, s.deleted, s.failed.length];

  beforeEach(async () => {
    fake = await startFakeDrive('Chassis');
    fake.putItem('d1', {
      id: 'brk',
      name: 'Brake validation.md',
      parentId: 'fold',
      content: '# Brake validation\n\nThe brake fade test passes below 15 percent loss.',
      permissions: [ownerGrant, groupGrant(ENG)],
    });
    fake.putItem('d1', {
      id: 'vpn',
      name: 'VPN setup.md',
      content: '# VPN\n\nInstall the corporate VPN client.',
      permissions: [ownerGrant, orgLink],
    });
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'changefeed-'));
    index = new FlakyIndex({ file: path.join(root, 'index.sqlite') });
    checkpoints = new FileCheckpointStore({ dir: path.join(root, 'state') });
    source = new GraphDriveSource({
      ...fakeGraphConnection(fake),
      drives: [{ driveId: 'd1', brand: 'aurex' }],
      retry: { sleep: async () => undefined },
    });
  });
  afterEach(async () => {
    await index.close();
    await fake.stop();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('indexes a drive on the first run with its Graph permissions', async () => {
    const summary = await ingest();
    assert.deepEqual(counts(summary), [2, 0, 0, 0, 0]);
    assert.deepEqual(await find('brake fade', [`group:${ENG}`]), ['graph:d1:brk']);
    assert.deepEqual(await find('brake fade', ['everyone']), []);
    assert.deepEqual(await find('vpn client', ['everyone']), ['graph:d1:vpn']);
    const doc = await index.getDocument('graph:d1:brk');
    assert.deepEqual(
      [doc?.title, doc?.brand, doc?.url],
      [
        'Brake validation',
        'aurex',
        'https://norvik.sharepoint.com/sites/docs/Shared%20Documents/Brake%20validation.md',
      ],
    );
  });
  it('stores the checkpoint of the last page', async () => {
    await ingest();
    assert.match((await checkpoints.get('graph')) ?? '', /root\/delta\?token=/);
  });
  it('asks only for changes on the next run', async () => {
    await ingest();
    const before = fake.requests.length;
    assert.deepEqual(counts(await ingest()), [0, 0, 0, 0, 0]);
    assert.deepEqual(
      fake.requests.slice(before).map((r) => r.url.replace(/token=.*/, 'token=…')),
      ['/v1.0/drives/d1/root/delta?token=…'],
    );
  });
  it('applies changed, deleted and new items incrementally', async () => {
    await ingest();
    fake.putItem('d1', {
      id: 'brk',
      content: '# Brake validation\n\nThe brake fade test now allows 12 percent.',
    });
    fake.deleteItem('d1', 'vpn');
    fake.putItem('d1', {
      id: 'tpm',
      name: 'TPMS.txt',
      content: 'Tyre pressure warning at 20 percent.',
      permissions: [orgLink],
    });
    assert.deepEqual(counts(await ingest()), [1, 1, 0, 1, 0]);
    assert.match(
      (await index.search('brake', { principals: [`group:${ENG}`] }))[0]?.text ?? '',
      /12 percent/,
    );
    assert.deepEqual(await find('vpn', ['everyone']), []);
    assert.deepEqual(await find('tyre pressure', ['everyone']), ['graph:d1:tpm']);
  });
  it('hides a document from search after its permission is revoked', async () => {
    await ingest();
    assert.deepEqual(await find('vpn client', ['user:alex', 'everyone']), ['graph:d1:vpn']);
    fake.setPermissions('d1', 'vpn', [ownerGrant]);
    assert.deepEqual(counts(await ingest()), [0, 1, 0, 0, 0]);
    assert.deepEqual(await find('vpn client', ['user:alex', 'everyone']), []);
    assert.deepEqual(await find('vpn client', ['user:olivia']), ['graph:d1:vpn']);
  });
  it('stores a page checkpoint only after its index writes, and a rerun completes', async () => {
    await ingest();
    const beforeRun = await checkpoints.get('graph');
    for (const id of ['n1', 'n2', 'n3']) {
      fake.putItem('d1', {
        id,
        name: `${id}.md`,
        content: `# ${id}\n\nGearbox note ${id}.`,
        permissions: [orgLink],
      });
    }
    index.failOn = (doc) => doc.docId === 'graph:d1:n3'; // n3 is on the 2nd page (2 items a page)
    await assert.rejects(ingest(), /index unavailable while writing graph:d1:n3/);
    const stored = await checkpoints.get('graph');
    assert.notEqual(stored, beforeRun);
    const replay: string[] = [];
    for await (const page of source.changes(stored)) replay.push(...page.upserts.map((u) => u.docId));
    assert.deepEqual(replay, ['graph:d1:n3']);
    index.failOn = undefined;
    assert.deepEqual(counts(await ingest()), [1, 0, 0, 0, 0]);
    assert.deepEqual(await find('gearbox', ['everyone']), ['graph:d1:n1', 'graph:d1:n2', 'graph:d1:n3']);
  });
  it('removes orphans when a 410 forces a resync', async () => {
    await ingest();
    await index.upsert({
      docId: 'graph:d1:ghost',
      title: 'Ghost',
      url: '',
      access: ['everyone'],
      brand: 'group',
      language: 'en',
      modified: '2025-01-01T00:00:00Z',
      contentHash: 'x',
      chunks: [{ chunkId: 'ghost-0', docId: 'graph:d1:ghost', ordinal: 0, heading: '', text: 'ghost words' }],
    });
    await index.upsert({
      docId: 'graph:d2:other',
      title: 'Other drive',
      url: '',
      access: ['everyone'],
      brand: 'group',
      language: 'en',
      modified: '2025-01-01T00:00:00Z',
      contentHash: 'y',
      chunks: [{ chunkId: 'other-0', docId: 'graph:d2:other', ordinal: 0, heading: '', text: 'other words' }],
    });
    fake.expireDeltaTokens('d1');
    fake.deleteItem('d1', 'vpn');
    const summary = await ingest();
    assert.deepEqual(counts(summary), [0, 0, 1, 2, 0]);
    assert.deepEqual([...(await index.listHashes()).keys()].sort(), ['graph:d1:brk', 'graph:d2:other']);
  });
  it('drops a changed item that fails to extract (fail closed) and still moves on', async () => {
    await ingest();
    fake.putItem('d1', { id: 'brk', name: 'Brake validation.pdf', content: 'not a pdf at all' });
    const summary = await ingest();
    assert.deepEqual(
      summary.failed.map((f) => f.docId),
      ['graph:d1:brk'],
    );
    assert.deepEqual(await find('brake', [`group:${ENG}`]), []);
    assert.deepEqual(counts(await ingest()), [0, 0, 0, 0, 0]);
  });
  it('drops the stale version and replays the page when a download keeps failing', async () => {
    await ingest();
    const beforeRun = await checkpoints.get('graph');
    fake.setPermissions('d1', 'vpn', [ownerGrant, groupGrant(ENG)]);
    fake.script(/\/items\/vpn\/content$/, ...Array.from({ length: 5 }, () => ({ status: 503 })));
    await assert.rejects(ingest(), (error: { statusCode?: number }) => error.statusCode === 503);
    assert.deepEqual(await find('vpn client', ['everyone']), []);
    assert.equal(await checkpoints.get('graph'), beforeRun);
    assert.deepEqual(counts(await ingest()), [1, 0, 0, 0, 0]);
    assert.deepEqual(await find('vpn client', [`group:${ENG}`]), ['graph:d1:vpn']);
    assert.deepEqual(await find('vpn client', ['everyone']), []);
  });
  it('reports progress after each page', async () => {
    const progress: { items: number; bytes: number; pages: number }[] = [];
    await ingest((p) => progress.push(p));
    const final = progress[progress.length - 1];
    assert.equal(final?.pages, progress.length);
    assert.ok(progress.length >= 2);
    assert.equal(final?.items, 2);
    assert.equal(
      final?.bytes,
      Buffer.byteLength(
        '# Brake validation\n\nThe brake fade test passes below 15 percent loss.# VPN\n\nInstall the corporate VPN client.',
      ),
    );
  });
});
