import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { SqliteIndex } from '../../../knowledge/index/SqliteIndex';
import type { IndexedDocument } from '../../../knowledge/index/IndexedDocument';
import { useTempIndex } from '../../support/useTempIndex';
import { indexedDocument } from './indexedDocument';

/** `indexedDocument` whose content hash changes with the length of its texts. */
const doc = (docId: string, access: string[], texts: string[], extra: Partial<IndexedDocument> = {}) =>
  indexedDocument(docId, access, texts, {
    modified: '2026-01-01T00:00:00Z',
    contentHash: `hash-${docId}-${texts.join('|').length}`,
    ...extra,
  });

describe('SqliteIndex', () => {
  const temp = useTempIndex('sqlite-index-');

  it('finds a passage by its words, best first, with metadata', async () => {
    await temp.index.upsert(
      doc('a.md', ['everyone'], ['The brake fade test uses ten stops.', 'Paint colours are blue.']),
    );
    await temp.index.upsert(doc('b.md', ['everyone'], ['Brake pads wear.']));
    const hits = await temp.index.search('brake fade', { principals: ['everyone'] });
    assert.equal(hits[0]?.chunkId, 'a.md#0');
    assert.equal(hits[0]?.title, 'Title of a.md');
    assert.equal(hits[0]?.heading, 'H0');
    assert.ok(hits.every((hit) => hit.text.toLowerCase().includes('brake')));
  });

  it('stems English words (porter)', async () => {
    await temp.index.upsert(doc('a.md', ['everyone'], ['Connecting to the network requires a token.']));
    assert.equal((await temp.index.search('connect', { principals: ['everyone'] })).length, 1);
  });

  it('matches without diacritics', async () => {
    await temp.index.upsert(doc('fr.md', ['everyone'], ['La sécurité électrique est prioritaire.']));
    assert.equal((await temp.index.search('securite electrique', { principals: ['everyone'] })).length, 1);
  });

  it('never returns a document the principals may not read', async () => {
    await temp.index.upsert(doc('open.md', ['everyone'], ['torque spec open']));
    await temp.index.upsert(doc('velora.md', ['group:brand-velora'], ['torque spec velora secret']));
    await temp.index.upsert(doc('alex.md', ['user:alex'], ['torque spec personal']));
    const ids = async (principals: string[]) =>
      (await temp.index.search('torque spec', { principals })).map((hit) => hit.docId).sort();
    assert.deepEqual(await ids(['everyone', 'user:bob']), ['open.md']);
    assert.deepEqual(await ids(['everyone', 'user:bob', 'group:brand-velora']), ['open.md', 'velora.md']);
    assert.deepEqual(await ids(['user:alex']), ['alex.md']);
    assert.deepEqual(await ids([]), []);
  });

  it('counts top only over readable passages', async () => {
    for (let i = 0; i < 20; i += 1)
      await temp.index.upsert(doc(`secret${i}.md`, ['group:x'], ['gearbox gearbox gearbox']));
    await temp.index.upsert(doc('open.md', ['everyone'], ['gearbox']));
    const hits = await temp.index.search('gearbox', { principals: ['everyone'], top: 3 });
    assert.deepEqual(
      hits.map((hit) => hit.docId),
      ['open.md'],
    );
  });

  it('finds the best readable passages of a reader who may read a sparse part of the index', async () => {
    // 400 better matches the reader may not read: more than the ranked pages read before access is checked.
    temp.index.transaction(() => {
      for (let i = 0; i < 400; i += 1)
        temp.index.upsertSync(doc(`secret${i}.md`, ['group:x'], ['gearbox gearbox gearbox oil']));
      for (let i = 0; i < 5; i += 1)
        temp.index.upsertSync(doc(`open${i}.md`, ['group:y'], [`gearbox ${'filler '.repeat(i * 5)}`]));
    });
    const hits = await temp.index.search('gearbox', { principals: ['group:y'], top: 3 });
    assert.deepEqual(
      hits.map((hit) => hit.docId),
      ['open0.md', 'open1.md', 'open2.md'],
    );
  });

  it('returns, for any reader, the readable passages an unrestricted ranking puts first', async () => {
    const words = ['gearbox', 'torque', 'clutch', 'brake', 'oil'];
    temp.index.transaction(() => {
      for (let i = 0; i < 300; i += 1) {
        const text = Array.from({ length: 1 + (i % 7) }, (_, k) => words[(i * (k + 3)) % words.length]).join(
          ' ',
        );
        temp.index.upsertSync(
          doc(`d${i}.md`, [`group:g${i % 10}`, ...(i % 13 === 0 ? ['everyone'] : [])], [text]),
        );
      }
    });
    const everything = ['everyone', ...Array.from({ length: 10 }, (_, g) => `group:g${g}`)];
    for (const principals of [['everyone'], ['group:g3'], ['group:g1', 'group:g2', 'everyone'], everything]) {
      const all = await temp.index.search('gearbox clutch', { principals: everything, top: 1000 });
      const readable = new Set(principals);
      const expected = all.filter((hit) => hit.access.some((p) => readable.has(p))).slice(0, 10);
      const hits = await temp.index.search('gearbox clutch', { principals, top: 10 });
      assert.deepEqual(
        hits.map((hit) => hit.docId),
        expected.map((hit) => hit.docId),
        principals.join(','),
      );
    }
  });

  it('filters by brand and language', async () => {
    await temp.index.upsert(doc('a.md', ['everyone'], ['logo rules'], { brand: 'aurex' }));
    await temp.index.upsert(doc('v.md', ['everyone'], ['logo rules'], { brand: 'velora', language: 'it' }));
    assert.deepEqual(
      (await temp.index.search('logo', { principals: ['everyone'], filters: { brand: 'velora' } })).map(
        (h) => h.docId,
      ),
      ['v.md'],
    );
    assert.deepEqual(
      (await temp.index.search('logo', { principals: ['everyone'], filters: { language: 'en' } })).map(
        (h) => h.docId,
      ),
      ['a.md'],
    );
  });

  it('upsert replaces all chunks and the access list of a document', async () => {
    await temp.index.upsert(doc('a.md', ['everyone'], ['old alpha text', 'old beta text']));
    await temp.index.upsert(doc('a.md', ['group:g'], ['new gamma text']));
    assert.deepEqual(await temp.index.search('old', { principals: ['everyone', 'group:g'] }), []);
    assert.equal((await temp.index.search('gamma', { principals: ['everyone'] })).length, 0);
    assert.equal((await temp.index.search('gamma', { principals: ['group:g'] })).length, 1);
    assert.deepEqual(temp.index.stats(), { documents: 1, chunks: 1 });
  });

  it('delete removes the document, its chunks and its FTS entries', async () => {
    await temp.index.upsert(doc('a.md', ['everyone'], ['delta text']));
    await temp.index.delete('a.md');
    await temp.index.delete('missing.md');
    assert.deepEqual(await temp.index.search('delta', { principals: ['everyone'] }), []);
    assert.deepEqual(temp.index.stats(), { documents: 0, chunks: 0 });
    assert.equal(await temp.index.getDocument('a.md'), undefined);
  });

  it('treats FTS syntax in queries as words', async () => {
    await temp.index.upsert(doc('a.md', ['everyone'], ['near the text']));
    for (const query of ['NEAR(a b)', '"unbalanced', 'text*', 'title:near', '^text', 'a AND OR NOT']) {
      await assert.doesNotReject(temp.index.search(query, { principals: ['everyone'] }), query);
    }
    assert.deepEqual(await temp.index.search('!!!', { principals: ['everyone'] }), []);
  });

  it('persists across reopen and lists hashes', async () => {
    await temp.index.upsert(doc('a.md', ['everyone'], ['persisted words']));
    await temp.reopen();
    assert.equal(
      (await temp.index.listHashes()).get('a.md'),
      doc('a.md', [], ['persisted words']).contentHash,
    );
    assert.deepEqual(
      (await temp.index.getChunks('a.md')).map((c) => c.text),
      ['persisted words'],
    );
  });

  it('rebuilds a file written with another schema version', async () => {
    await temp.index.upsert(doc('a.md', ['everyone'], ['old schema words']));
    await temp.index.close();
    const raw = new Database(path.join(temp.dir, 'index.sqlite'));
    raw.prepare("UPDATE index_meta SET value = 'old' WHERE key = 'schema'").run();
    raw.close();
    await temp.reopen();
    assert.deepEqual(temp.index.stats(), { documents: 0, chunks: 0 });
  });
});

describe('SqliteIndex: document locations', () => {
  it('finds a document by the words of its folders and file name', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sqlite-location-'));
    const index = new SqliteIndex({ file: path.join(dir, 'index.sqlite') });
    try {
      await index.upsert(
        doc('press-office/embargo-rules.md', ['everyone'], ['Releases wait until the agreed time.']),
      );
      await index.upsert(doc('finance/travel.md', ['everyone'], ['Releases of funds need approval.']));
      const hits = await index.search('press office releases', { principals: ['everyone'] });
      assert.equal(hits[0]?.docId, 'press-office/embargo-rules.md');
      assert.equal(hits[0]?.title, 'Title of press-office/embargo-rules.md', 'the shown title is unchanged');
    } finally {
      await index.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
