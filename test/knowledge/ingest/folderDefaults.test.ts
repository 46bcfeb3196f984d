import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { formatIngestSummary } from '../../../knowledge/ingest/formatIngestSummary';
import { runIngest } from '../../../knowledge/ingest/runIngest';
import { FolderSource } from '../../../knowledge/sources/FolderSource';
import { useCorpusFolder } from './corpusFolder';

describe('runIngest with folder defaults (_folder.meta.yaml, KNOWLEDGE_DEFAULT_ACCESS)', () => {
  const folder = useCorpusFolder('folder-defaults-');
  const { write } = folder;
  const ingest = (defaultAccess?: string[]) =>
    runIngest({
      source: new FolderSource({ root: folder.corpus, ...(defaultAccess ? { defaultAccess } : {}) }),
      index: folder.index,
    });
  const meta = async (docId: string) => {
    const doc = await folder.index.getDocument(docId);
    return doc && { access: doc.access, brand: doc.brand, language: doc.language, title: doc.title };
  };

  beforeEach(() => {
    write('_folder.meta.yaml', 'access: [group:staff]\nbrand: aurex\ntitle: Not inherited\n');
    write('top.md', '# Top\n\nTop text.');
    write('eng/_folder.meta.yaml', 'access: [group:eng]\nlanguage: de\n');
    write('eng/spec.md', '# Spec\n\nSpec text.');
    write('eng/deep/more.md', '# More\n\nMore text.');
    write('eng/own.md', '---\naccess: [user:u1]\nbrand: velora\n---\n# Own\n\nOwn text.');
    write('eng/side.txt', 'Side text.');
    write('eng/side.txt.meta.yaml', 'language: fr\n');
  });

  const cases: [string, string, { access: string[]; brand: string; language: string; title?: string }][] = [
    [
      'the root folder file applies to the root',
      'top.md',
      { access: ['group:staff'], brand: 'aurex', language: 'en', title: 'Top' },
    ],
    [
      'a deeper file overrides key by key',
      'eng/spec.md',
      { access: ['group:eng'], brand: 'aurex', language: 'de' },
    ],
    ['subfolders inherit', 'eng/deep/more.md', { access: ['group:eng'], brand: 'aurex', language: 'de' }],
    ['front matter overrides both', 'eng/own.md', { access: ['user:u1'], brand: 'velora', language: 'de' }],
    ['a sidecar overrides both', 'eng/side.txt', { access: ['group:eng'], brand: 'aurex', language: 'fr' }],
  ];
  for (const [name, docId, expected] of cases) {
    it(name, async () => {
      await ingest();
      const actual = await meta(docId);
      assert.ok(actual, `${docId} not indexed`);
      assert.deepEqual(
        { access: actual.access, brand: actual.brand, language: actual.language },
        { access: expected.access, brand: expected.brand, language: expected.language },
      );
      if (expected.title) assert.equal(actual.title, expected.title);
    });
  }

  it('does not index _folder.meta.yaml as a document', async () => {
    const summary = await ingest();
    assert.equal(summary.added, 5);
    assert.equal(await folder.index.getDocument('_folder.meta.yaml'), undefined);
  });

  it('re-indexes the documents beneath a changed _folder.meta.yaml, and only those', async () => {
    await ingest();
    write('eng/_folder.meta.yaml', 'access: [group:eng, group:qa]\nlanguage: de\n');
    const summary = await ingest();
    assert.deepEqual([summary.updated, summary.unchanged], [4, 1]);
    assert.deepEqual((await meta('eng/deep/more.md'))?.access, ['group:eng', 'group:qa']);
  });

  it('uses the default access only where no rule gives one', async () => {
    fs.rmSync(path.join(folder.corpus, '_folder.meta.yaml'));
    const summary = await ingest(['everyone']);
    assert.deepEqual((await meta('top.md'))?.access, ['everyone']);
    assert.deepEqual((await meta('eng/spec.md'))?.access, ['group:eng']);
    assert.deepEqual(summary.noAccess, []);
  });

  it('re-indexes when the default access changes', async () => {
    fs.rmSync(path.join(folder.corpus, '_folder.meta.yaml'));
    await ingest();
    assert.deepEqual((await meta('top.md'))?.access, []);
    assert.equal((await ingest(['group:all'])).updated, 5);
    assert.deepEqual((await meta('top.md'))?.access, ['group:all']);
  });

  it('fails closed without any rule and says how many documents nobody can read', async () => {
    fs.rmSync(path.join(folder.corpus, '_folder.meta.yaml'));
    write('a.md', '# A\n\nA text.');
    write('b.md', '# B\n\nB text.');
    write('c.md', '# C\n\nC text.');
    const summary = await ingest();
    assert.deepEqual(summary.noAccess, ['a.md', 'b.md', 'c.md', 'top.md']);
    assert.deepEqual(summary.warnings, []);
    assert.match(
      formatIngestSummary(summary, 1),
      /4 documents have no access list: nobody can read them \(a\.md, b\.md, c\.md and 1 more\); add a _folder\.meta\.yaml or set KNOWLEDGE_DEFAULT_ACCESS/,
    );
  });

  it('fails every document beneath a malformed _folder.meta.yaml, naming the file', async () => {
    await ingest();
    write('eng/_folder.meta.yaml', 'access: [unclosed\n');
    const summary = await ingest();
    assert.deepEqual(summary.failed.map((f) => f.docId).sort(), [
      'eng/deep/more.md',
      'eng/own.md',
      'eng/side.txt',
      'eng/spec.md',
    ]);
    assert.ok(summary.failed.every((f) => f.error.includes('eng/_folder.meta.yaml')));
    assert.equal(await folder.index.getDocument('eng/spec.md'), undefined);
  });
});
