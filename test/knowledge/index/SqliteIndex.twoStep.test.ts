import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SqliteIndex } from '../../../knowledge/index/SqliteIndex';
import type { IndexedDocument } from '../../../knowledge/index/IndexedDocument';
import type { Passage } from '../../../knowledge/index/Passage';

const COMMON = ['system', 'vehicle', 'check', 'value', 'process', 'report', 'level', 'team'];
const RARE = [
  'caliper',
  'torque',
  'firmware',
  'coolant',
  'gasket',
  'sensor',
  'airbag',
  'chassis',
  'exhaust',
  'wiper',
];

/** 400 documents: every one holds common words, a few hold each rare word; access and brand vary. */
function corpus(): IndexedDocument[] {
  return Array.from({ length: 400 }, (_, n) => {
    const words = Array.from({ length: 20 + (n % 17) }, (_, j) => COMMON[(n * 3 + j * 5) % COMMON.length]);
    if (n % 7 === 0) words.push(RARE[n % RARE.length]!, RARE[(n * 3) % RARE.length]!);
    if (n % 11 === 0) words.push(RARE[(n + 4) % RARE.length]!);
    const docId = `d${n}.md`;
    return {
      docId,
      title: n % 9 === 0 ? `${RARE[n % RARE.length]} guide` : 'Guide',
      url: '',
      access: n % 4 === 0 ? ['everyone'] : [`group:g${n % 10}`],
      brand: n % 2 === 0 ? 'brand-a' : 'brand-b',
      language: 'en',
      modified: '2026-01-01T00:00:00Z',
      contentHash: docId,
      chunks: [{ chunkId: `${docId}#0`, docId, ordinal: 0, heading: '', text: words.join(' ') }],
    };
  });
}

describe('SqliteIndex: two-step search for queries with common words', () => {
  let dir: string;
  let exact: SqliteIndex;
  let twoStep: SqliteIndex;
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'two-step-'));
    const file = path.join(dir, 'index.sqlite');
    exact = new SqliteIndex({ file, twoStepAboveRows: Number.POSITIVE_INFINITY });
    exact.transaction(() => corpus().forEach((doc) => exact.upsertSync(doc)));
    twoStep = new SqliteIndex({ file, twoStepAboveRows: 0 });
  });
  after(async () => {
    await exact.close();
    await twoStep.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const users: Record<string, string[]> = {
    everyone: ['everyone'],
    groups: ['everyone', 'group:g1', 'group:g2', 'group:g3'],
    all: ['everyone', ...Array.from({ length: 10 }, (_, g) => `group:g${g}`)],
  };
  const queries = RARE.flatMap((rare, i) => [
    `${rare} ${COMMON[i % COMMON.length]}`,
    `${COMMON[i % COMMON.length]} ${COMMON[(i + 1) % COMMON.length]} ${rare} ${RARE[(i + 3) % RARE.length]}`,
  ]);
  const readable = (hit: Passage, principals: string[]): boolean =>
    hit.access.some((principal) => principals.includes(principal));

  it('ranks as the one-step search does, with the same scores, for every user', () => {
    let compared = 0;
    for (const [user, principals] of Object.entries(users)) {
      for (const query of queries) {
        const expected = exact.searchSync(query, { principals, top: 5 });
        const got = twoStep.searchSync(query, { principals, top: 5 });
        assert.deepEqual(
          got.map((hit) => hit.chunkId),
          expected.map((hit) => hit.chunkId),
          `${user}: ${query}`,
        );
        got.forEach((hit, i) =>
          assert.ok(Math.abs(hit.score - expected[i]!.score) < 1e-9, `${user}: ${query}`),
        );
        compared += got.length;
      }
    }
    assert.ok(compared > 200, `compared ${compared} hits`);
  });

  it('returns only what the caller may read, within the filters', () => {
    for (const [user, principals] of Object.entries(users)) {
      for (const query of queries) {
        const hits = twoStep.searchSync(query, { principals, top: 8, filters: { brand: 'brand-b' } });
        for (const hit of hits) {
          assert.ok(readable(hit, principals), `${user} got ${hit.docId}`);
          assert.equal(hit.brand, 'brand-b');
        }
      }
    }
  });

  it('falls back to the one-step search when the rare words find fewer readable rows than asked for', () => {
    // Only documents 0, 70, 140, ... hold "caliper" with their first rare word; a user in no group reads
    // a handful of them, so the common word has to fill the list.
    const principals = ['group:g9'];
    const expected = exact.searchSync('caliper system', { principals, top: 8 });
    const got = twoStep.searchSync('caliper system', { principals, top: 8 });
    assert.equal(got.length, 8);
    assert.deepEqual(
      got.map((hit) => hit.chunkId),
      expected.map((hit) => hit.chunkId),
    );
  });
});
