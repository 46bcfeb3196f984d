import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SqliteIndex } from '../../../knowledge/index/SqliteIndex';
import type { Passage } from '../../../knowledge/index/Passage';
import { AppError } from '../../../skills/errors/AppError';
import { searchForConversation } from '../../../skills/knowledge/searchForConversation';
import { searchKnowledgeResults } from '../../../skills/knowledge/searchKnowledgeResults';
import type { SkillUser } from '../../../skills/SkillDescriptor';
import { defaultOrganisationProfile } from '../../../knowledge/profile/defaultOrganisationProfile';
import { indexedDocument } from '../../knowledge/index/indexedDocument';

/** `indexedDocument` whose first chunk is headed by the title and the others `<title> > Part <n>`. */
const doc = (docId: string, access: string[], texts: string[], title = `Title of ${docId}`) =>
  indexedDocument(
    docId,
    access,
    texts,
    { title, modified: '2026-01-01T00:00:00Z' },
    { heading: (ordinal, t) => (ordinal === 0 ? t : `${t} > Part ${ordinal}`) },
  );

const reader = (principals: string[]): SkillUser => ({ id: 'u1', principals });
const linkFor = (passage: Passage, user: SkillUser) => `https://viewer.test/${passage.chunkId}?u=${user.id}`;

describe('searchKnowledgeResults', () => {
  let dir: string;
  let index: SqliteIndex;
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'search-results-'));
    index = new SqliteIndex({ file: path.join(dir, 'index.sqlite') });
    await index.upsert(
      doc('brake.md', ['everyone'], ['Brake fade test: ten stops.', 'Brake pads and brake discs.']),
    );
    await index.upsert(doc('secret.md', ['group:velora'], ['Brake supplier for the Torrente.']));
    for (let i = 0; i < 14; i++)
      await index.upsert(doc(`many-${i}.md`, ['everyone'], [`Gearbox note ${i}.`]));
  });
  after(async () => {
    await index.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('returns each document once, with its best passage, section and link', async () => {
    const results = await searchKnowledgeResults({ index, linkFor }, 'brake', reader(['everyone']));
    assert.deepEqual(
      results.map((r) => r.docId),
      ['brake.md'],
    );
    assert.equal(results[0]?.title, 'Title of brake.md');
    assert.match(results[0]?.snippet ?? '', /[Bb]rake/);
    assert.match(results[0]?.url ?? '', /^https:\/\/viewer\.test\/brake\.md#\d\?u=u1$/);
  });

  it('names a result’s brand from the organisation profile, when given one', async () => {
    const branded = {
      search: async (query: string, options: Parameters<SqliteIndex['search']>[1]) =>
        (await index.search(query, options)).map((p) => ({ ...p, brand: 'fab' })),
    } as unknown as SqliteIndex;
    const profile = {
      ...defaultOrganisationProfile,
      brands: [{ id: 'fab', name: 'Fabrikam Cars', aliases: [], groups: [] }],
    };
    const [named] = await searchKnowledgeResults(
      { index: branded, linkFor, profile },
      'brake',
      reader(['everyone']),
    );
    assert.equal(named?.brandName, 'Fabrikam Cars');
    const [plain] = await searchKnowledgeResults({ index: branded, linkFor }, 'brake', reader(['everyone']));
    assert.equal(plain?.brandName, undefined);
  });

  it('drops a section that only repeats the title, keeps sub-sections', async () => {
    const [first] = await searchKnowledgeResults({ index, linkFor }, 'fade', reader(['everyone']));
    assert.equal(first?.section, '');
    const [second] = await searchKnowledgeResults({ index, linkFor }, 'discs', reader(['everyone']));
    assert.equal(second?.section, 'Part 1');
  });

  it('includes a restricted document only for a reader holding its principal', async () => {
    const outsider = await searchKnowledgeResults(
      { index, linkFor },
      'Torrente supplier',
      reader(['everyone']),
    );
    const member = await searchKnowledgeResults(
      { index, linkFor },
      'Torrente supplier',
      reader(['everyone', 'group:velora']),
    );
    assert.deepEqual(outsider, []);
    assert.deepEqual(
      member.map((r) => r.docId),
      ['secret.md'],
    );
  });

  it('returns nothing for a reader without principals', async () => {
    assert.deepEqual(await searchKnowledgeResults({ index, linkFor }, 'brake', reader([])), []);
  });

  for (const [max, expected] of [
    [undefined, 10],
    [3, 3],
    [50, 10],
    [0, 0],
  ] as const) {
    it(`returns at most ${expected} documents for max=${String(max)}`, async () => {
      const results = await searchKnowledgeResults(
        { index, linkFor },
        'gearbox note',
        reader(['everyone']),
        max,
      );
      assert.equal(results.length, expected);
      assert.equal(new Set(results.map((r) => r.docId)).size, expected);
    });
  }

  it('throws search_unavailable when the index fails', async () => {
    const broken = new SqliteIndex({ file: path.join(dir, 'broken.sqlite') });
    await broken.close();
    await assert.rejects(
      searchKnowledgeResults({ index: broken, linkFor }, 'brake', reader(['everyone'])),
      (error) => error instanceof AppError && error.code === 'search_unavailable',
    );
  });

  describe('searchForConversation', () => {
    const member = ['user:u1', 'everyone', 'group:velora'];
    it('in a 1:1 chat: the searcher’s documents, none marked', async () => {
      const results = await searchForConversation({ index, linkFor }, 'brake', { user: reader(member) });
      assert.deepEqual(results.map((r) => [r.docId, r.restricted]).sort(), [
        ['brake.md', undefined],
        ['secret.md', undefined],
      ]);
    });
    it('in a group: the searcher’s documents, marked when not every member may read them', async () => {
      const results = await searchForConversation({ index, linkFor }, 'brake', {
        user: reader(['everyone']),
        audience: { kind: 'group', members: 2, askerPrincipals: member },
      });
      assert.deepEqual(results.map((r) => [r.docId, r.restricted]).sort(), [
        ['brake.md', undefined],
        ['secret.md', true],
      ]);
    });
    it('in a group: marks a document labelled above groupQuoteMaxLabel (title and link only)', async () => {
      const dir2 = fs.mkdtempSync(path.join(os.tmpdir(), 'search-labels-'));
      const labelled = new SqliteIndex({ file: path.join(dir2, 'index.sqlite') });
      try {
        await labelled.upsert({
          ...doc('open.md', ['everyone'], ['Clutch wear limits.']),
          sensitivityLabel: 'internal',
        });
        await labelled.upsert({
          ...doc('plan.md', ['everyone'], ['Clutch supplier plan.']),
          sensitivityLabel: 'confidential',
        });
        const profile = {
          ...defaultOrganisationProfile,
          sensitivityLabels: [
            { id: 'internal', name: 'Internal', aliases: [] },
            { id: 'confidential', name: 'Confidential', aliases: [] },
          ],
          groupQuoteMaxLabel: 'internal',
        };
        const search = (audience: boolean) =>
          searchForConversation({ index: labelled, linkFor, profile }, 'clutch', {
            user: reader(['everyone']),
            ...(audience
              ? { audience: { kind: 'group' as const, members: 2, askerPrincipals: ['everyone'] } }
              : {}),
          });
        assert.deepEqual((await search(true)).map((r) => [r.docId, r.restricted]).sort(), [
          ['open.md', undefined],
          ['plan.md', true],
        ]);
        assert.deepEqual((await search(false)).map((r) => [r.docId, r.restricted]).sort(), [
          ['open.md', undefined],
          ['plan.md', undefined],
        ]);
      } finally {
        await labelled.close();
        fs.rmSync(dir2, { recursive: true, force: true });
      }
    });
    it('in a group: never a document the searcher may not read', async () => {
      const results = await searchForConversation({ index, linkFor }, 'Torrente', {
        user: reader([]),
        audience: { kind: 'group', members: 2, askerPrincipals: ['user:u1', 'everyone'] },
      });
      assert.deepEqual(results, []);
    });
  });
});
