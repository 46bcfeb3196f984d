import assert from 'node:assert/strict';
import { AzureKeyCredential, SearchClient, SearchIndexClient } from '@azure/search-documents';
import { chunkEmbeddingText } from '../../../knowledge/embeddings/chunkEmbeddingText';
import { EmbeddingError } from '../../../knowledge/embeddings/EmbeddingError';
import { OpenAIEmbeddingModel } from '../../../knowledge/embeddings/OpenAIEmbeddingModel';
import { AzureSearchIndex, type AzureSearchIndexOptions } from '../../../knowledge/index/AzureSearchIndex';
import type { SearchChunk } from '../../../knowledge/index/azure/SearchChunk';
import { ensureSearchIndex } from '../../../knowledge/index/ensureSearchIndex';
import { searchIndexDefinition } from '../../../knowledge/index/searchIndexDefinition';
import type { IndexedDocument } from '../../../knowledge/index/IndexedDocument';
import type { Passage } from '../../../knowledge/index/Passage';
import {
  type FakeAzureSearch,
  type RecordedRequest,
  startFakeAzureSearch,
} from '../../support/fakeAzureSearch';
import { fakeEmbedding, startFakeOpenAI } from '../../support/fakeOpenAI';
import { indexedDocument } from './indexedDocument';

const SDK_OPTIONS = { allowInsecureConnection: true, retryOptions: { maxRetries: 0 } };
const DIMS = 64;
const everyone = { principals: ['everyone'] };

/** `indexedDocument` titled `Title <docId>` (or `title`), chunks `<docId>-<ordinal>` without headings. */
const doc = (docId: string, access: string[], texts: string[], title = `Title ${docId}`) =>
  indexedDocument(
    docId,
    access,
    texts,
    { title },
    { chunkId: (id, ordinal) => `${id}-${ordinal}`, heading: () => '' },
  );

const isSearch = (req: RecordedRequest): boolean => req.path.endsWith('/docs/search.post.search');
const ids = (hits: Passage[]): string[] => hits.map((hit) => hit.docId);

describe('AzureSearchIndex with embeddings (hybrid retrieval against the REST fakes)', () => {
  let search: FakeAzureSearch;
  let openai: Awaited<ReturnType<typeof startFakeOpenAI>>;
  let client: SearchClient<SearchChunk>;
  const model = (dimensions = DIMS): OpenAIEmbeddingModel =>
    new OpenAIEmbeddingModel({
      provider: 'openai',
      model: 'text-embedding-3-small',
      apiKey: openai.apiKey,
      baseUrl: openai.baseUrl,
      dimensions,
      requestDimensions: dimensions !== DIMS,
      timeoutMs: 5000,
      maxRetries: 0,
    });
  const open = (options: Partial<AzureSearchIndexOptions> = {}): AzureSearchIndex =>
    new AzureSearchIndex({ client, embeddings: model(), ...options });
  const embeddingCalls = () => openai.requests.filter((req) => req.path === '/v1/embeddings');
  const lastSearch = () => search.requests.filter(isSearch).at(-1)?.body as Record<string, unknown>;

  beforeEach(async () => {
    search = await startFakeAzureSearch();
    openai = await startFakeOpenAI({ embeddingDimensions: DIMS });
    const credential = new AzureKeyCredential(search.apiKey);
    await ensureSearchIndex(
      new SearchIndexClient(search.endpoint, credential, SDK_OPTIONS),
      searchIndexDefinition({ name: 'knowledge', vectorDimensions: DIMS }),
    );
    client = new SearchClient<SearchChunk>(search.endpoint, 'knowledge', credential, SDK_OPTIONS);
  });
  afterEach(async () => {
    await search.stop();
    await openai.stop();
  });

  describe('index definition', () => {
    it('has the vector field with the dimensions, an HNSW cosine algorithm and a profile naming it', async () => {
      const rest = (await (
        await fetch(`${search.endpoint}/indexes('knowledge')?api-version=2024-07-01`, {
          headers: { 'api-key': search.apiKey },
        })
      ).json()) as {
        fields: { name: string; dimensions?: number; vectorSearchProfile?: string }[];
        vectorSearch: { algorithms: unknown[]; profiles: unknown[] };
      };
      const vector = rest.fields.find((field) => field.name === 'contentVector');
      assert.deepEqual([vector?.dimensions, vector?.vectorSearchProfile], [DIMS, 'default']);
      assert.deepEqual(rest.vectorSearch.profiles, [{ name: 'default', algorithm: 'hnsw' }]);
      assert.deepEqual(rest.vectorSearch.algorithms, [
        {
          name: 'hnsw',
          kind: 'hnsw',
          hnswParameters: { m: 4, efConstruction: 400, efSearch: 500, metric: 'cosine' },
        },
      ]);
    });
    it('the service refuses a profile naming a missing algorithm', async () => {
      const broken = searchIndexDefinition({ name: 'broken', vectorDimensions: DIMS });
      broken.vectorSearch!.profiles = [{ name: 'default', algorithmConfigurationName: 'nope' }];
      const admin = new SearchIndexClient(
        search.endpoint,
        new AzureKeyCredential(search.apiKey),
        SDK_OPTIONS,
      );
      await assert.rejects(ensureSearchIndex(admin, broken), { code: 'search_rejected' });
    });
  });

  describe('upsert', () => {
    it('stores a vector of the model dimensions for every chunk: title, heading and text embedded', async () => {
      const texts = Array.from({ length: 20 }, (_, i) => `Passage ${i} about battery cooling`);
      await open().upsert(doc('many.md', ['everyone'], texts, 'Thermal guide'));
      const stored = [...search.documents.get('knowledge')!.values()];
      assert.equal(stored.length, 20);
      for (const chunk of stored) {
        const expected = fakeEmbedding(chunkEmbeddingText('Thermal guide', '', String(chunk.content)), DIMS);
        assert.deepEqual(chunk.contentVector, expected);
      }
      assert.deepEqual(
        embeddingCalls().map((req) => (req.body.input as string[]).length),
        [16, 4],
      );
    });
    it('an embedding failure writes nothing and keeps the previous version', async () => {
      const index = open();
      await index.upsert(doc('keep.md', ['everyone'], ['gearbox oil change interval']));
      openai.failEmbeddings({ status: 400 });
      const failed = doc('keep.md', ['group:g'], ['gearbox replaced text']);
      await assert.rejects(index.upsert({ ...failed, contentHash: 'v2' }), EmbeddingError);
      assert.deepEqual((await index.getDocument('keep.md'))?.access, ['everyone']);
      assert.deepEqual(await index.getChunks('keep.md'), [
        { chunkId: 'keep.md-0', heading: '', text: 'gearbox oil change interval' },
      ]);
    });
    it('vectors of the wrong dimension are refused by the service (400 -> search_rejected)', async () => {
      const index = open({ embeddings: model(32) });
      await assert.rejects(index.upsert(doc('x.md', ['everyone'], ['text'])), { code: 'search_rejected' });
    });
  });

  describe('search', () => {
    const load = async (index: AzureSearchIndex, ...docs: IndexedDocument[]) => {
      for (const one of docs) await index.upsert(one);
    };
    it('finds a passage that shares no word with the query through the vector leg', async () => {
      const index = open();
      await load(
        index,
        doc('brakes.md', ['everyone'], ['Vehicle braking procedure for wet roads'], 'Procedure'),
        doc('paint.md', ['everyone'], ['Paint colours of an emblem'], 'Paint'),
      );
      const query = 'How do I stop the automobile?';
      assert.deepEqual(await open({ embeddings: undefined }).search(query, everyone), []);
      const hits = await index.search(query, everyone);
      assert.equal(hits[0]?.docId, 'brakes.md');
    });
    it('sends the text query, the kNN query and the SAME security filter, applied before kNN', async () => {
      const index = open();
      await load(index, doc('a.md', ['everyone'], ['torque values']));
      await index.search('torque', { principals: ['user:ann', 'group:g'], top: 7 });
      const body = lastSearch();
      assert.equal(body.search, 'torque');
      assert.equal(body.filter, "accessPrincipals/any(p: search.in(p, 'user:ann,group:g', ','))");
      assert.equal(body.vectorFilterMode, 'preFilter');
      assert.deepEqual(body.vectorQueries, [
        { kind: 'vector', vector: fakeEmbedding('torque', DIMS), fields: 'contentVector', k: 50 },
      ]);
      await index.search('torque', { principals: ['everyone'], top: 80 });
      assert.equal((lastSearch().vectorQueries as { k: number }[])[0]?.k, 80);
    });
    it('never returns a forbidden document, even when it is the nearest vector', async () => {
      const index = open();
      await load(
        index,
        doc('secret.md', ['group:velora'], ['automobile braking'], 'Launch'),
        doc('open.md', ['everyone'], ['vehicle deceleration checklist for the workshop'], 'Workshop'),
      );
      const query = 'stop the car';
      const hits = await index.search(query, { principals: ['everyone', 'user:bob'], top: 5 });
      assert.deepEqual(ids(hits), ['open.md']);
      // The same vector query without the filter would leak: the forbidden document is the nearest.
      const unfiltered = await client.search('', {
        vectorSearchOptions: {
          queries: [
            {
              kind: 'vector',
              vector: fakeEmbedding(query, DIMS),
              fields: ['contentVector'],
              kNearestNeighborsCount: 5,
            },
          ],
        },
      });
      const leaked: string[] = [];
      for await (const result of unfiltered.results) leaked.push(String(result.document.docId));
      assert.equal(leaked[0], 'secret.md');
      assert.deepEqual(ids(await index.search(query, { principals: ['group:velora'] }))[0], 'secret.md');
    });
    it('fuses the text and vector rankings by Reciprocal Rank Fusion (k = 60)', async () => {
      const index = open();
      await load(
        index,
        doc('both.md', ['everyone'], ['battery cooling loop design'], 'Battery'),
        doc('text.md', ['everyone'], ['battery label printing and paint and logo and badge'], 'Labels'),
        doc('vector.md', ['everyone'], ['accumulator thermal management'], 'Accumulator'),
        doc('none.md', ['everyone'], ['wiper motor'], 'Wipers'),
      );
      const query = 'battery cooling';
      const legs = await Promise.all([
        ranked(client, { search: query, searchFields: ['title', 'heading', 'content'] }),
        ranked(client, { vector: fakeEmbedding(query, DIMS) }),
      ]);
      assert.notDeepEqual(legs[0], legs[1], 'the legs must rank differently for the test to mean anything');
      const fused = new Map<string, number>();
      for (const leg of legs) leg.forEach((id, i) => fused.set(id, (fused.get(id) ?? 0) + 1 / (60 + i + 1)));
      const expected = [...fused].sort((a, b) => b[1] - a[1]);
      const hits = await index.search(query, { ...everyone, top: 10 });
      assert.deepEqual(
        ids(hits),
        expected.map(([id]) => id),
      );
      hits.forEach((hit, i) => assert.ok(Math.abs(hit.score - expected[i]![1]) < 1e-9));
      assert.equal(hits[0]?.docId, 'both.md');
      assert.ok(ids(hits).includes('vector.md') && ids(hits).includes('text.md'));
    });
    it('keeps the semantic configuration on hybrid queries', async () => {
      const index = open({ semanticConfiguration: 'default' });
      await load(index, doc('a.md', ['everyone'], ['torque values']));
      const [hit] = await index.search('torque', everyone);
      const body = lastSearch();
      assert.deepEqual([body.queryType, body.semanticConfiguration], ['semantic', 'default']);
      assert.ok(Array.isArray(body.vectorQueries));
      assert.ok(hit && hit.score > 0 && hit.score <= 4);
    });
    it('an unavailable query embedding falls back to text only and says so', async () => {
      const fallbacks: EmbeddingError[] = [];
      const index = open({ onVectorFallback: (error) => fallbacks.push(error) });
      await load(index, doc('a.md', ['everyone'], ['torque values']));
      openai.failEmbeddings({ status: 503 });
      assert.deepEqual(ids(await index.search('torque', everyone)), ['a.md']);
      assert.equal(lastSearch().vectorQueries, undefined);
      assert.deepEqual(
        fallbacks.map((error) => error.code),
        ['embedding_unavailable'],
      );
    });
    it('a rejected query embedding is an error', async () => {
      const index = open();
      openai.failEmbeddings({ status: 401 });
      await assert.rejects(index.search('torque', everyone), { code: 'embedding_rejected' });
    });
    it('asks for no embedding when no principal is valid', async () => {
      assert.deepEqual(await open().search('torque', { principals: [] }), []);
      assert.equal(embeddingCalls().length, 0);
    });
    it('without embeddings the request has no vector query', async () => {
      const index = open({ embeddings: undefined });
      await load(index, doc('a.md', ['everyone'], ['torque values']));
      assert.deepEqual(ids(await index.search('torque', everyone)), ['a.md']);
      assert.equal(lastSearch().vectorQueries, undefined);
      assert.equal(embeddingCalls().length, 0);
    });
  });

  describe('the fake service, on the wire', () => {
    const vectorOnly = async (
      vector: number[],
      options: { k?: number; filter?: string; filterMode?: 'preFilter' | 'postFilter' } = {},
    ): Promise<string[]> => {
      const response = await client.search('', {
        ...(options.filter ? { filter: options.filter } : {}),
        vectorSearchOptions: {
          queries: [
            { kind: 'vector', vector, fields: ['contentVector'], kNearestNeighborsCount: options.k ?? 50 },
          ],
          ...(options.filterMode ? { filterMode: options.filterMode } : {}),
        },
      });
      const found: string[] = [];
      for await (const result of response.results) found.push(String(result.document.docId));
      return found;
    };
    beforeEach(async () => {
      const index = open();
      await index.upsert(doc('secret.md', ['group:velora'], ['automobile braking'], 'Launch'));
      await index.upsert(doc('open.md', ['everyone'], ['vehicle deceleration checklist'], 'Workshop'));
    });
    const filter = "accessPrincipals/any(p: search.in(p, 'everyone', ','))";
    const cases: [string, Parameters<typeof vectorOnly>[1], string[]][] = [
      ['k limits the neighbours', { k: 1 }, ['secret.md']],
      [
        'preFilter: the filter narrows the candidates first',
        { k: 1, filter, filterMode: 'preFilter' },
        ['open.md'],
      ],
      ['the default mode is preFilter', { k: 1, filter }, ['open.md']],
      [
        'postFilter: kNN first, then the filter (can return fewer than k)',
        { k: 1, filter, filterMode: 'postFilter' },
        [],
      ],
    ];
    for (const [label, options, expected] of cases) {
      it(label, async () => {
        assert.deepEqual(await vectorOnly(fakeEmbedding('stop the car', DIMS), options), expected);
      });
    }
    it('refuses a query vector of the wrong dimension with 400', async () => {
      await assert.rejects(vectorOnly(fakeEmbedding('stop', DIMS - 1)), { statusCode: 400 });
    });
    it('scores a single vector query by cosine similarity, 1 / (2 - cosine)', async () => {
      const response = await client.search('', {
        vectorSearchOptions: {
          queries: [
            {
              kind: 'vector',
              vector: fakeEmbedding('Launch\nautomobile braking', DIMS),
              fields: ['contentVector'],
              kNearestNeighborsCount: 1,
            },
          ],
        },
      });
      const scores: number[] = [];
      for await (const result of response.results) scores.push(result.score);
      assert.equal(scores.length, 1);
      assert.ok(Math.abs(scores[0]! - 1) < 1e-9, `score ${scores[0]}`);
    });
  });
});

/** Doc ids of one leg alone, through the SDK (text: BM25 order; vector: nearest first). */
async function ranked(
  client: SearchClient<SearchChunk>,
  leg: { search: string; searchFields: ('title' | 'heading' | 'content')[] } | { vector: number[] },
): Promise<string[]> {
  const response =
    'vector' in leg
      ? await client.search('', {
          vectorSearchOptions: {
            queries: [
              { kind: 'vector', vector: leg.vector, fields: ['contentVector'], kNearestNeighborsCount: 50 },
            ],
          },
          top: 50,
        })
      : await client.search(leg.search, { searchFields: leg.searchFields, top: 50 });
  const found: string[] = [];
  for await (const result of response.results) found.push(String(result.document.docId));
  return found;
}
