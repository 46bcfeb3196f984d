import assert from 'node:assert/strict';
import type { IndexedDocument } from '../../../knowledge/index/IndexedDocument';
import type { KnowledgeIndex } from '../../../knowledge/index/KnowledgeIndex';
import type { Passage } from '../../../knowledge/index/Passage';
import { indexedDocument } from './indexedDocument';

/**
 * The retrieval contract every KnowledgeIndex backend must meet identically: relevance, metadata mapping,
 * access trimming (before `top`), filters, replacement on upsert, delete, lookups, and query text treated
 * as words. Backend-specific behaviour (stemming, persistence across reopen, batching) is tested elsewhere.
 */
export function knowledgeIndexContract(
  name: string,
  create: () => Promise<{ index: KnowledgeIndex; cleanup(): Promise<void> }>,
): void {
  describe(`KnowledgeIndex contract: ${name}`, () => {
    let index: KnowledgeIndex;
    let cleanup: () => Promise<void>;
    beforeEach(async () => {
      ({ index, cleanup } = await create());
    });
    afterEach(async () => {
      await index.close();
      await cleanup();
    });

    const everyone = { principals: ['everyone'] };
    const ids = (hits: Passage[]): string[] => [...new Set(hits.map((hit) => hit.docId))].sort();
    const load = async (...docs: IndexedDocument[]): Promise<void> => {
      for (const one of docs) await index.upsert(one);
    };

    describe('relevance', () => {
      beforeEach(() =>
        load(BRAKE, PAINT, doc('pads.md', ['everyone'], ['Brake pads wear with every stop.'])),
      );
      const cases: [string, string | undefined][] = [
        ['fade', 'brake.md#1'],
        ['brake fade test', 'brake.md#1'],
        ['calipers', 'paint.md#0'],
        ['pads wear', 'pads.md#0'],
        ['zzzunknownword', undefined],
        ['!!! ... ???', undefined],
      ];
      for (const [query, best] of cases) {
        it(`"${query}" -> ${best ?? 'nothing'}`, async () => {
          const hits = await index.search(query, everyone);
          assert.equal(hits[0]?.chunkId, best);
          if (best === undefined) assert.deepEqual(hits, []);
        });
      }
      it('orders passages by descending score', async () => {
        const scores = (await index.search('brake', everyone)).map((hit) => hit.score);
        assert.ok(scores.length >= 3);
        assert.deepEqual(
          scores,
          [...scores].sort((a, b) => b - a),
        );
      });
    });

    it('maps every metadata field onto the passage', async () => {
      await load(BRAKE);
      const [hit] = await index.search('fade', everyone);
      assert.ok(hit && Number.isFinite(hit.score) && hit.score > 0);
      assert.deepEqual(hit, {
        score: hit.score,
        docId: 'brake.md',
        title: 'Brake System Validation Standard',
        url: 'https://docs.example.test/brake?v=1',
        access: ['everyone', 'group:eng-chassis'],
        brand: 'group',
        language: 'en',
        modified: '2026-03-04T05:06:07.000Z',
        chunkId: 'brake.md#1',
        heading: 'Testing > Fade test',
        text: 'The brake fade test uses ten consecutive stops. Fade must stay below 20 percent.',
      });
    });

    describe('access trimming', () => {
      beforeEach(() =>
        load(
          doc('open.md', ['everyone'], ['torrente public teaser']),
          doc('velora.md', ['group:brand-velora'], ['torrente launch date']),
          doc('alex.md', ['user:alex'], ['torrente personal notes']),
        ),
      );
      const cases: [string, string[], string[]][] = [
        ['everyone only', ['everyone', 'user:bob'], ['open.md']],
        ['a group member', ['everyone', 'user:bob', 'group:brand-velora'], ['open.md', 'velora.md']],
        ['a named user', ['user:alex'], ['alex.md']],
        ['user and group', ['user:alex', 'group:brand-velora'], ['alex.md', 'velora.md']],
        ['no principals', [], []],
        ['principals match case-sensitively', ['group:BRAND-VELORA'], []],
        ['a principal smuggling a list', ['user:bob,group:brand-velora'], []],
        ['a principal smuggling a quote', ["user:bob','group:brand-velora"], []],
        ['an unknown principal', ['group:nobody'], []],
      ];
      for (const [label, principals, expected] of cases) {
        it(`${label}: ${JSON.stringify(principals)}`, async () => {
          assert.deepEqual(ids(await index.search('torrente', { principals })), expected);
        });
      }
      it('counts top only over readable passages', async () => {
        for (let i = 0; i < 12; i += 1)
          await load(doc(`secret${i}.md`, ['group:x'], ['gearbox gearbox gearbox']));
        await load(doc('gear.md', ['everyone'], ['gearbox']));
        assert.deepEqual(ids(await index.search('gearbox', { ...everyone, top: 3 })), ['gear.md']);
      });
      it('returns at most top passages', async () => {
        for (let i = 0; i < 5; i += 1) await load(doc(`t${i}.md`, ['everyone'], ['torque spec']));
        assert.equal((await index.search('torque', { ...everyone, top: 2 })).length, 2);
      });
    });

    describe('filters', () => {
      beforeEach(() =>
        load(
          doc('a.md', ['everyone'], ['logo rules'], { brand: 'aurex', language: 'de' }),
          doc('v.md', ['everyone'], ['logo rules'], { brand: 'velora', language: 'it' }),
          doc('k.md', ['everyone'], ['logo rules'], { brand: 'kestrel', language: 'fr' }),
        ),
      );
      const cases: [string, { brand?: string; language?: string }, string[]][] = [
        ['brand', { brand: 'velora' }, ['v.md']],
        ['language', { language: 'de' }, ['a.md']],
        ['brand and language', { brand: 'kestrel', language: 'fr' }, ['k.md']],
        ['conflicting brand and language', { brand: 'aurex', language: 'it' }, []],
        ['a brand with a quote', { brand: "velora' or brand ne '" }, []],
        ['no filter', {}, ['a.md', 'k.md', 'v.md']],
      ];
      for (const [label, filters, expected] of cases) {
        it(label, async () => {
          assert.deepEqual(ids(await index.search('logo', { ...everyone, filters })), expected);
        });
      }
    });

    describe('brand isolation (SearchOptions.brands)', () => {
      beforeEach(() =>
        load(
          doc('a.md', ['everyone'], ['logo rules'], { brand: 'aurex' }),
          doc('v.md', ['everyone'], ['logo rules'], { brand: 'velora' }),
          doc('g.md', ['everyone'], ['logo rules'], { brand: 'group' }),
          doc('secret.md', ['group:x'], ['logo rules'], { brand: 'aurex' }),
        ),
      );
      const cases: [string, Parameters<KnowledgeIndex['search']>[1], string[]][] = [
        ['one brand and group-wide', { ...everyone, brands: ['aurex', 'group'] }, ['a.md', 'g.md']],
        ['group-wide only', { ...everyone, brands: ['group', 'none'] }, ['g.md']],
        ['still trimmed by access', { principals: ['group:x'], brands: ['aurex', 'group'] }, ['secret.md']],
        [
          'with a brand filter inside the set',
          { ...everyone, brands: ['aurex', 'group'], filters: { brand: 'aurex' } },
          ['a.md'],
        ],
        [
          'with a brand filter outside the set',
          { ...everyone, brands: ['aurex', 'group'], filters: { brand: 'velora' } },
          [],
        ],
        ['a value with a quote', { ...everyone, brands: ["aurex' or brand ne '"] }, []],
        ['an empty list', { ...everyone, brands: [] }, []],
        ['unset: every brand', everyone, ['a.md', 'g.md', 'v.md']],
      ];
      for (const [label, options, expected] of cases) {
        it(label, async () => {
          assert.deepEqual(ids(await index.search('logo', options)), expected);
        });
      }
    });

    describe('upsert', () => {
      it('replaces all chunks and the access list', async () => {
        await load(doc('u.md', ['everyone'], ['old alpha text', 'old beta text']));
        await load(doc('u.md', ['group:g'], ['new gamma text'], { contentHash: 'hash-v2' }));
        assert.deepEqual(await index.search('old', { principals: ['everyone', 'group:g'] }), []);
        assert.deepEqual(await index.search('gamma', everyone), []);
        assert.deepEqual(ids(await index.search('gamma', { principals: ['group:g'] })), ['u.md']);
        assert.deepEqual(await index.getChunks('u.md'), [
          { chunkId: 'u.md#0', heading: 'H0', text: 'new gamma text' },
        ]);
        assert.deepEqual((await index.getDocument('u.md'))?.access, ['group:g']);
        assert.equal((await index.listHashes()).get('u.md'), 'hash-v2');
      });
      it('re-permissions a chunk whose text did not change', async () => {
        const v1 = doc('same.md', ['everyone'], ['unchanged sentence', 'dropped sentence']);
        await load(v1);
        await load({ ...v1, access: ['group:g'], chunks: v1.chunks.slice(0, 1), contentHash: 'v2' });
        assert.deepEqual(await index.search('unchanged', everyone), []);
        assert.deepEqual(ids(await index.search('unchanged', { principals: ['group:g'] })), ['same.md']);
        assert.deepEqual(await index.search('dropped', { principals: ['group:g'] }), []);
      });
    });

    it('delete removes every chunk; a missing id is fine', async () => {
      await load(BRAKE, PAINT);
      await index.delete('brake.md');
      await index.delete('missing.md');
      assert.deepEqual(ids(await index.search('brake', everyone)), ['paint.md']);
      assert.equal(await index.getDocument('brake.md'), undefined);
      assert.deepEqual(await index.getChunks('brake.md'), []);
      assert.deepEqual([...(await index.listHashes()).keys()], ['paint.md']);
    });

    describe('lookups', () => {
      beforeEach(() => load(BRAKE, PAINT, SHUFFLED));
      it('getDocument returns the metadata and content hash', async () => {
        assert.deepEqual(await index.getDocument('brake.md'), {
          docId: 'brake.md',
          title: BRAKE.title,
          url: BRAKE.url,
          access: BRAKE.access,
          brand: 'group',
          language: 'en',
          modified: BRAKE.modified,
          contentHash: BRAKE.contentHash,
        });
      });
      it('getDocument of a missing id is undefined', async () => {
        assert.equal(await index.getDocument('nope.md'), undefined);
      });
      it('getChunks returns the chunks in ordinal order', async () => {
        assert.deepEqual(
          (await index.getChunks('shuffled.md')).map((chunk) => chunk.text),
          ['first part', 'second part', 'third part'],
        );
      });
      it('listHashes has every document', async () => {
        const hashes = await index.listHashes();
        assert.deepEqual(
          [...hashes.entries()].sort(),
          [BRAKE, PAINT, SHUFFLED].map((d) => [d.docId, d.contentHash]).sort(),
        );
      });
    });

    describe('permissionsReadAt', () => {
      const READ_AT = '2026-03-05T06:07:08.000Z';
      it('round-trips through getDocument and onto passages', async () => {
        await load(doc('perm.md', ['everyone'], ['steering rack'], { permissionsReadAt: READ_AT }));
        assert.equal((await index.getDocument('perm.md'))?.permissionsReadAt, READ_AT);
        const [hit] = await index.search('steering', everyone);
        assert.equal(hit?.permissionsReadAt, READ_AT);
      });
      it('moves with a new version and disappears when the new version has none', async () => {
        await load(doc('perm.md', ['everyone'], ['steering rack'], { permissionsReadAt: READ_AT }));
        const later = '2026-04-01T00:00:00.000Z';
        await load(
          doc('perm.md', ['group:g'], ['steering rack'], { permissionsReadAt: later, contentHash: 'v2' }),
        );
        assert.equal((await index.getDocument('perm.md'))?.permissionsReadAt, later);
        await load(doc('perm.md', ['group:g'], ['steering rack'], { contentHash: 'v3' }));
        const meta = await index.getDocument('perm.md');
        assert.ok(meta && !('permissionsReadAt' in meta), 'no permissionsReadAt key when unknown');
      });
    });

    describe('sensitivityLabel', () => {
      it('round-trips through getDocument and onto passages, and is absent when the document has none', async () => {
        await load(doc('label.md', ['everyone'], ['steering rack'], { sensitivityLabel: 'confidential' }));
        await load(doc('plain.md', ['everyone'], ['steering wheel']));
        assert.equal((await index.getDocument('label.md'))?.sensitivityLabel, 'confidential');
        const hits = await index.search('steering', everyone);
        assert.equal(hits.find((hit) => hit.docId === 'label.md')?.sensitivityLabel, 'confidential');
        const plain = hits.find((hit) => hit.docId === 'plain.md');
        assert.ok(
          plain && !('sensitivityLabel' in plain),
          'no sensitivityLabel key when the document has none',
        );
      });
    });

    describe('query text is words, never syntax', () => {
      beforeEach(() =>
        load(
          doc('syntax.md', ['everyone'], ['gearbox torque values']),
          doc('hidden.md', ['group:x'], ['gearbox secret true']),
        ),
      );
      const cases: [string, boolean][] = [
        ['title:gearbox', true],
        ['"gearbox', true],
        ["gearbox'", true],
        ['NOT gearbox', true],
        ['-gearbox', true],
        ['gearbox*', true],
        ['(gearbox', true],
        ['gearbox AND OR NOT', true],
        ['search.in( gearbox', true],
        ["x') or true or ('", false],
        ['accessPrincipals/any(p: true) gearbox', true],
        ['NEAR(gearbox secret)', true],
      ];
      for (const [query, finds] of cases) {
        it(query, async () => {
          const found = ids(await index.search(query, everyone));
          assert.ok(!found.includes('hidden.md'), 'an unreadable document leaked');
          assert.equal(found.includes('syntax.md'), finds);
        });
      }
    });
  });
}

const doc = indexedDocument;

const BRAKE: IndexedDocument = {
  ...doc('brake.md', ['everyone', 'group:eng-chassis'], []),
  title: 'Brake System Validation Standard',
  url: 'https://docs.example.test/brake?v=1',
  modified: '2026-03-04T05:06:07.000Z',
  contentHash: 'sha256-brake',
  chunks: [
    {
      chunkId: 'brake.md#0',
      docId: 'brake.md',
      ordinal: 0,
      heading: 'Scope',
      text: 'This standard covers brake validation.',
    },
    {
      chunkId: 'brake.md#1',
      docId: 'brake.md',
      ordinal: 1,
      heading: 'Testing > Fade test',
      text: 'The brake fade test uses ten consecutive stops. Fade must stay below 20 percent.',
    },
  ],
};

const PAINT = doc('paint.md', ['everyone'], ['Paint colours are blue and grey. The brake calipers are red.']);

/** Chunk ids that sort differently from their ordinals. */
const SHUFFLED: IndexedDocument = {
  ...doc('shuffled.md', ['everyone'], []),
  chunks: [
    { chunkId: 'z-first', docId: 'shuffled.md', ordinal: 0, heading: '', text: 'first part' },
    { chunkId: 'a-second', docId: 'shuffled.md', ordinal: 1, heading: '', text: 'second part' },
    { chunkId: 'm-third', docId: 'shuffled.md', ordinal: 2, heading: '', text: 'third part' },
  ],
};
