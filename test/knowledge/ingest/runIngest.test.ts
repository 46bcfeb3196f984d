import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { runIngest } from '../../../knowledge/ingest/runIngest';
import { FolderSource } from '../../../knowledge/sources/FolderSource';
import { useCorpusFolder } from './corpusFolder';

const md = (title: string, access: string, body: string) =>
  `---\ntitle: ${title}\naccess: [${access}]\n---\n# ${title}\n\n${body}\n`;

describe('runIngest (folder source into the embedded index)', () => {
  const folder = useCorpusFolder('ingest-');
  const { write } = folder;
  const ingest = () => runIngest({ source: new FolderSource({ root: folder.corpus }), index: folder.index });
  const find = async (query: string, principals = ['everyone']) =>
    (await folder.index.search(query, { principals })).map((p) => p.docId);

  beforeEach(() => {
    write('a.md', md('Alpha', 'everyone', 'Wheel bolt torque is 140 Nm.'));
    write('sub/b.md', md('Beta', 'group:eng', 'Salt spray test lasts 720 hours.'));
    write(
      'c.html',
      '<html><head><title>Gamma</title></head><body><h1>Gamma</h1><p>VPN setup uses the client.</p></body></html>',
    );
    write('c.html.meta.yaml', 'access: [everyone]\nbrand: kestrel\n');
    write('README.md', '# not a document');
    write('.hidden.md', md('Hidden', 'everyone', 'hidden words'));
    write('notes.xyz', 'ignored');
  });

  it('indexes supported files with their access lists and sidecars', async () => {
    const summary = await ingest();
    assert.equal(summary.added, 3);
    assert.deepEqual(summary.failed, []);
    assert.deepEqual(await find('torque'), ['a.md']);
    assert.deepEqual(await find('salt spray'), []);
    assert.deepEqual(await find('salt spray', ['group:eng']), ['sub/b.md']);
    assert.equal((await folder.index.getDocument('c.html'))?.brand, 'kestrel');
    assert.equal((await folder.index.getDocument('c.html'))?.title, 'Gamma');
    assert.deepEqual(await find('hidden'), []);
  });

  it('reports progress after every item, with the bytes read', async () => {
    const progress: { items: number; bytes: number }[] = [];
    await runIngest({
      source: new FolderSource({ root: folder.corpus }),
      index: folder.index,
      onProgress: (p) => progress.push(p),
    });
    assert.deepEqual(
      progress.map((p) => p.items),
      [1, 2, 3],
    );
    const total = ['a.md', 'c.html', 'sub/b.md'].reduce(
      (sum, f) => sum + fs.statSync(path.join(folder.corpus, f)).size,
      0,
    );
    assert.equal(progress.at(-1)?.bytes, total);
  });

  it('skips unchanged files on the next run', async () => {
    await ingest();
    const second = await ingest();
    assert.deepEqual([second.added, second.updated, second.unchanged, second.deleted], [0, 0, 3, 0]);
  });

  it('replaces the chunks of a changed file', async () => {
    await ingest();
    write('a.md', md('Alpha', 'everyone', 'Wheel bolt torque is now 150 Nm.'));
    const summary = await ingest();
    assert.equal(summary.updated, 1);
    const hits = await folder.index.search('torque', { principals: ['everyone'] });
    assert.equal(hits.length, 1);
    assert.match(hits[0]?.text ?? '', /150 Nm/);
  });

  it('re-indexes a file whose sidecar changed (access revoked)', async () => {
    await ingest();
    write('c.html.meta.yaml', 'access: [group:it]\n');
    assert.equal((await ingest()).updated, 1);
    assert.deepEqual(await find('vpn'), []);
  });

  it('removes deleted files', async () => {
    await ingest();
    fs.rmSync(path.join(folder.corpus, 'a.md'));
    assert.equal((await ingest()).deleted, 1);
    assert.deepEqual(await find('torque'), []);
  });

  it('reports a broken file, keeps going, and drops its stale version (fail closed)', async () => {
    await ingest();
    write('a.md', '---\ntitle: [unclosed\n---\ntext');
    write('d.pdf', 'not really a pdf');
    write('d.pdf.meta.yaml', 'access: [everyone]\n');
    const summary = await ingest();
    assert.deepEqual(summary.failed.map((f) => f.docId).sort(), ['a.md', 'd.pdf']);
    assert.deepEqual(await find('torque'), []);
    assert.deepEqual(await find('vpn'), ['c.html']);
  });

  it('indexes a document without an access list as readable by nobody, and counts it', async () => {
    write('open.md', '# Open\n\nCoolant flush interval is 4 years.');
    const summary = await ingest();
    assert.deepEqual(summary.noAccess, ['open.md']);
    assert.deepEqual(await find('coolant', ['everyone', 'user:x', 'group:eng']), []);
  });
});
