import assert from 'node:assert/strict';
import util from 'node:util';
import { AzureKeyCredential, odata, SearchClient, SearchIndexClient } from '@azure/search-documents';
import { AzureSearchIndex, type AzureSearchIndexOptions } from '../../../knowledge/index/AzureSearchIndex';
import { LANGUAGE_FIELDS } from '../../../knowledge/index/azure/languageFields';
import type { SearchChunk } from '../../../knowledge/index/azure/SearchChunk';
import { ensureSearchIndex } from '../../../knowledge/index/ensureSearchIndex';
import { searchIndexDefinition } from '../../../knowledge/index/searchIndexDefinition';
import type { IndexedDocument } from '../../../knowledge/index/IndexedDocument';
import {
  type FakeAzureSearch,
  type RecordedRequest,
  startFakeAzureSearch,
} from '../../support/fakeAzureSearch';

const SDK_OPTIONS = { allowInsecureConnection: true, retryOptions: { maxRetries: 0 } };
const everyone = { principals: ['everyone'] };

function doc(docId: string, texts: string[], extra: Partial<IndexedDocument> = {}): IndexedDocument {
  return {
    docId,
    title: `Title of ${docId}`,
    url: '',
    access: ['everyone'],
    brand: 'group',
    language: 'en',
    modified: '2026-01-01T00:00:00.000Z',
    contentHash: `hash-${docId}`,
    chunks: texts.map((text, ordinal) => ({
      chunkId: `c${ordinal}-${docId.replace(/\W/g, '')}`,
      docId,
      ordinal,
      heading: '',
      text,
    })),
    ...extra,
  };
}

const isIndexing = (req: RecordedRequest): boolean => req.path.endsWith('/docs/search.index');
const isSearch = (req: RecordedRequest): boolean => req.path.endsWith('/docs/search.post.search');
const actionsOf = (req: RecordedRequest): Record<string, unknown>[] =>
  (req.body as { value: Record<string, unknown>[] }).value;

async function rejection(promise: Promise<unknown>): Promise<Error & { code?: string }> {
  try {
    await promise;
  } catch (error) {
    return error as Error & { code?: string };
  }
  throw new Error('expected a rejection');
}

describe('AzureSearchIndex (Azure specifics, against the REST fake)', () => {
  let fake: FakeAzureSearch;
  let client: SearchClient<SearchChunk>;
  let index: AzureSearchIndex;
  const open = (options: Partial<AzureSearchIndexOptions> = {}): AzureSearchIndex =>
    new AzureSearchIndex({ client, ...options });

  beforeEach(async () => {
    fake = await startFakeAzureSearch();
    const credential = new AzureKeyCredential(fake.apiKey);
    await ensureSearchIndex(
      new SearchIndexClient(fake.endpoint, credential, SDK_OPTIONS),
      searchIndexDefinition({ name: 'knowledge' }),
    );
    client = new SearchClient<SearchChunk>(fake.endpoint, 'knowledge', credential, SDK_OPTIONS);
    index = open();
  });
  afterEach(() => fake.stop());

  describe('batching', () => {
    it('splits 2,500 chunks into requests of at most 1,000 actions and pages them back', async () => {
      const texts = Array.from({ length: 2500 }, (_, i) => `chunk number ${i}`);
      await index.upsert(doc('big.md', texts));
      const writes = fake.requests.filter(isIndexing);
      assert.ok(writes.length >= 3, `${writes.length} requests`);
      assert.ok(writes.every((req) => actionsOf(req).length <= 1000 && req.status === 200));
      assert.equal(fake.documents.get('knowledge')!.size, 2500);
      assert.deepEqual(
        (await index.getChunks('big.md')).map((c) => c.text),
        texts,
      );
      assert.equal((await index.listHashes()).get('big.md'), 'hash-big.md');
    });

    it('splits a batch over 16 MB by size', async () => {
      const texts = Array.from({ length: 20 }, (_, i) => `${i} ${'x'.repeat(2_000_000)}`);
      await index.upsert(doc('huge.md', texts));
      const writes = fake.requests.filter(isIndexing);
      assert.ok(writes.length >= 3, `${writes.length} requests`);
      assert.ok(writes.every((req) => req.bodyBytes <= 16_000_000 && req.status === 200));
      assert.equal(fake.documents.get('knowledge')!.size, 20);
    });

    it('refuses a single chunk over the request limit before sending it', async () => {
      const error = await rejection(
        open({ batchLimits: { maxBytes: 1000 } }).upsert(doc('a.md', ['y'.repeat(2000)])),
      );
      assert.equal(error.code, 'search_rejected');
      assert.equal(fake.requests.filter(isIndexing).length, 0);
    });
  });

  describe('failed actions reject upsert', () => {
    const cases: [number, string][] = [
      [400, 'search_rejected'],
      [422, 'search_rejected'],
      [503, 'search_unavailable'],
    ];
    for (const [statusCode, code] of cases) {
      it(`a 207 with an item ${statusCode} -> ${code}`, async () => {
        fake.failActions((key) => key.startsWith('c1-'), statusCode, 'Injected item failure.');
        const error = await rejection(index.upsert(doc('a.md', ['one', 'two', 'three'])));
        assert.equal(error.code, code);
        assert.equal(fake.requests.filter(isIndexing).at(-1)?.status, 207);
      });
    }
    it('a half-written new version lists the document hash as "" so it is ingested again', async () => {
      const v1 = doc('a.md', ['one', 'two', 'three']);
      await index.upsert(v1);
      fake.failActions((key) => key.startsWith('c2-'), 503, 'Throttled.');
      await rejection(open({ batchLimits: { maxActions: 2 } }).upsert({ ...v1, contentHash: 'v2' }));
      assert.equal((await index.listHashes()).get('a.md'), '');
    });
  });

  describe('requests sent', () => {
    const lastSearch = (): Record<string, unknown> =>
      fake.requests.filter(isSearch).at(-1)!.body as Record<string, unknown>;
    const cases: [
      string,
      { principals: string[]; filters?: { brand?: string; language?: string } },
      string,
    ][] = [
      [
        'users and groups',
        { principals: ['everyone', 'group:a'] },
        odata`accessPrincipals/any(p: search.in(p, ${'everyone,group:a'}, ','))`,
      ],
      [
        'invalid principals dropped',
        { principals: ['user:x', "group:a','b", 'group:c,d', 'user:x'] },
        odata`accessPrincipals/any(p: search.in(p, ${'user:x'}, ','))`,
      ],
      [
        'brand and language',
        { principals: ['everyone'], filters: { brand: "o'brand", language: 'fr' } },
        odata`accessPrincipals/any(p: search.in(p, ${'everyone'}, ',')) and brand eq ${"o'brand"} and language eq ${'fr'}`,
      ],
    ];
    for (const [label, options, expected] of cases) {
      it(`security filter: ${label}`, async () => {
        await index.search('brake', options);
        assert.equal(lastSearch().filter, expected);
      });
    }
    it('sends nothing when no principal is valid', async () => {
      assert.deepEqual(await index.search('brake', { principals: ['group:a,b', ''] }), []);
      assert.equal(fake.requests.filter(isSearch).length, 0);
    });
    it('sends the query as plain words over the searchable fields', async () => {
      await index.search('title:fade -"brake" (3.5 kWh)*', { ...everyone, top: 5 });
      const body = lastSearch();
      assert.equal(body.search, 'title fade brake 3.5 kWh');
      assert.equal(body.searchFields, 'title,heading,content');
      assert.equal(body.top, 5);
      assert.equal(body.queryType, 'simple');
    });
    it('uses semantic ranking with the reranker score when configured', async () => {
      await index.upsert(doc('a.md', ['fade test passes', 'other text']));
      const hits = await open({ semanticConfiguration: 'default' }).search('fade', everyone);
      assert.equal(lastSearch().queryType, 'semantic');
      assert.equal(lastSearch().semanticConfiguration, 'default');
      assert.equal(hits[0]?.score, 4);
    });
    it('stores production chunk ids as keys unchanged and other ids encoded', async () => {
      await index.upsert({
        ...doc('k.md', ['a', 'b']),
        chunks: [
          { chunkId: '0123456789abcdef01234567', docId: 'k.md', ordinal: 0, heading: '', text: 'a' },
          { chunkId: 'k.md#1/é', docId: 'k.md', ordinal: 1, heading: '', text: 'b' },
        ],
      });
      assert.deepEqual(
        [...fake.documents.get('knowledge')!.keys()],
        ['0123456789abcdef01234567', 'x=ay5tZCMxL8Op'],
      );
      assert.deepEqual(
        (await index.getChunks('k.md')).map((c) => c.chunkId),
        ['0123456789abcdef01234567', 'k.md#1/é'],
      );
    });
  });

  describe('per-language analysed fields', () => {
    const lastSearch = (): Record<string, unknown> =>
      fake.requests.filter(isSearch).at(-1)!.body as Record<string, unknown>;

    it('writes a chunk’s heading and text into its document’s language field only, clearing the others', async () => {
      await index.upsert(
        doc('handover.md', ['Die Übergabe des Fahrzeugs dauert 90 Minuten.'], {
          language: 'de-DE',
          chunks: [
            {
              chunkId: 'c0-handover',
              docId: 'handover.md',
              ordinal: 0,
              heading: 'Übergabe',
              text: 'Die Übergabe des Fahrzeugs dauert 90 Minuten.',
            },
          ],
        }),
      );
      const [action] = actionsOf(fake.requests.filter(isIndexing).at(-1)!);
      assert.equal(action?.content_de, 'Übergabe\nDie Übergabe des Fahrzeugs dauert 90 Minuten.');
      for (const field of LANGUAGE_FIELDS.filter((f) => f !== 'content_de'))
        assert.equal(action?.[field], null, field);
      const [passage] = await index.search('Übergabe', everyone);
      assert.equal(
        passage?.text,
        'Die Übergabe des Fahrzeugs dauert 90 Minuten.',
        'the field is not read back',
      );
    });

    it('a document in an unsupported language fills no language field', async () => {
      await index.upsert(doc('sv.md', ['Överlämningen tar 90 minuter.'], { language: 'sv' }));
      const [action] = actionsOf(fake.requests.filter(isIndexing).at(-1)!);
      for (const field of LANGUAGE_FIELDS) assert.equal(action?.[field], null, field);
    });

    it('searches the field of the question’s language: given, else detected; none when unknown', async () => {
      await index.search('Wie lange dauert die Übergabe des Fahrzeugs?', everyone);
      assert.equal(lastSearch().searchFields, 'title,heading,content,content_de');
      await index.search('brake fade', { ...everyone, queryLanguage: 'fr-FR' });
      assert.equal(lastSearch().searchFields, 'title,heading,content,content_fr');
      await index.search('NMP-E 3.5 kWh', everyone);
      assert.equal(lastSearch().searchFields, 'title,heading,content');
    });

    it('the index definition has one field per language with that language’s Microsoft analyzer', () => {
      const fields = searchIndexDefinition({ name: 'knowledge' }).fields;
      for (const name of LANGUAGE_FIELDS) {
        const field = fields.find((f) => f.name === name);
        assert.ok(field && field.type === 'Edm.String', name);
        const language = name.slice('content_'.length);
        assert.equal(
          'analyzerName' in field ? field.analyzerName : undefined,
          language === 'pt' ? 'pt-PT.microsoft' : `${language}.microsoft`,
        );
        assert.equal('searchable' in field ? field.searchable : undefined, true);
        assert.equal('hidden' in field ? field.hidden : undefined, true, 'never read back');
      }
    });
  });

  describe('service errors', () => {
    it('a 503 becomes search_unavailable', async () => {
      fake.failRequests(1, 503);
      assert.equal((await rejection(index.search('brake', everyone))).code, 'search_unavailable');
    });
    it('a 429 becomes search_unavailable', async () => {
      fake.failRequests(1, 429);
      assert.equal((await rejection(index.upsert(doc('a.md', ['x'])))).code, 'search_unavailable');
    });
    it('a missing index (404) becomes search_rejected', async () => {
      const other = new SearchClient<SearchChunk>(
        fake.endpoint,
        'nope',
        new AzureKeyCredential(fake.apiKey),
        SDK_OPTIONS,
      );
      assert.equal(
        (await rejection(open({ client: other }).search('brake', everyone))).code,
        'search_rejected',
      );
    });
    it('an unreachable service becomes search_unavailable', async () => {
      await fake.stop();
      assert.equal((await rejection(index.listHashes())).code, 'search_unavailable');
    });
    it('a wrong key becomes search_rejected and the key appears nowhere in the error', async () => {
      const secret = 'wrong-key-7f3a9c';
      const bad = new SearchClient<SearchChunk>(
        fake.endpoint,
        'knowledge',
        new AzureKeyCredential(secret),
        SDK_OPTIONS,
      );
      const error = await rejection(open({ client: bad }).search('brake', everyone));
      assert.equal(error.code, 'search_rejected');
      assert.equal(fake.requests.at(-1)?.status, 403);
      for (const text of [
        error.message,
        error.stack ?? '',
        util.inspect(error, { depth: 10 }),
        JSON.stringify(error),
      ]) {
        assert.ok(!text.includes(secret), text);
      }
    });
  });

  describe('the fake rejects what it does not understand (HTTP 400)', () => {
    const filters = [
      "docId eq 'a' or",
      'docId eq',
      "contains(docId, 'a')",
      "title eq 'x'",
      "accessPrincipals eq 'everyone'",
      "docId eq 'unterminated",
    ];
    for (const filter of filters) {
      it(filter, async () => {
        const error = await rejection(client.search('*', { filter }));
        assert.equal((error as { statusCode?: number }).statusCode, 400);
      });
    }
    it('more than 1,000 actions in one request (413)', async () => {
      const docs = Array.from({ length: 1001 }, (_, i) => ({ id: `k${i}`, docId: 'd' }) as SearchChunk);
      const error = await rejection(client.mergeOrUploadDocuments(docs));
      assert.equal((error as { statusCode?: number }).statusCode, 413);
    });
  });

  describe('ensureSearchIndex', () => {
    const admin = (): SearchIndexClient =>
      new SearchIndexClient(fake.endpoint, new AzureKeyCredential(fake.apiKey), SDK_OPTIONS);
    it('creates, leaves an equal index alone, updates a changed one', async () => {
      const steps: [Parameters<typeof searchIndexDefinition>[0], string][] = [
        [{ name: 'fresh' }, 'created'],
        [{ name: 'fresh' }, 'unchanged'],
        [{ name: 'fresh', vectorDimensions: 8 }, 'updated'],
        [{ name: 'fresh', vectorDimensions: 8 }, 'unchanged'],
      ];
      for (const [options, expected] of steps) {
        assert.equal(await ensureSearchIndex(admin(), searchIndexDefinition(options)), expected);
      }
      const puts = fake.requests.filter((req) => req.method === 'PUT' && req.path === "/indexes('fresh')");
      assert.equal(puts.length, 2);
    });
    it('a change the service refuses becomes search_rejected', async () => {
      const changed = searchIndexDefinition({ name: 'knowledge' });
      changed.fields = changed.fields.map((f) =>
        f.name === 'content' ? { ...f, analyzerName: 'en.microsoft' } : f,
      );
      assert.equal((await rejection(ensureSearchIndex(admin(), changed))).code, 'search_rejected');
    });
  });

  describe('searchIndexDefinition', () => {
    const fieldNames = (options: Parameters<typeof searchIndexDefinition>[0]): string[] =>
      searchIndexDefinition(options).fields.map((f) => f.name);
    it('drops the vector field and profile without dimensions', () => {
      assert.ok(!fieldNames({ name: 'n' }).includes('contentVector'));
      assert.equal(searchIndexDefinition({ name: 'n' }).vectorSearch, undefined);
    });
    it('sets the vector dimensions', () => {
      const vector = searchIndexDefinition({ name: 'n', vectorDimensions: 3 }).fields.find(
        (f) => f.name === 'contentVector',
      );
      assert.equal(
        vector && 'vectorSearchDimensions' in vector ? vector.vectorSearchDimensions : undefined,
        3,
      );
    });
    it('keeps the semantic configuration "default" unless disabled', () => {
      const fields = searchIndexDefinition({ name: 'n' }).semanticSearch?.configurations?.[0]
        ?.prioritizedFields;
      assert.deepEqual(fields, {
        titleField: { name: 'title' },
        contentFields: [{ name: 'content' }],
        keywordsFields: [{ name: 'heading' }],
      });
      assert.equal(searchIndexDefinition({ name: 'n', semantic: false }).semanticSearch, undefined);
    });
    it('refuses invalid dimensions', () => {
      assert.throws(() => searchIndexDefinition({ name: 'n', vectorDimensions: 0 }), RangeError);
    });
  });
});
