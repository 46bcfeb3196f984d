import assert from 'node:assert/strict';
import type { TokenCredential } from '@azure/identity';
import { EmbeddingError } from '../../../knowledge/embeddings/EmbeddingError';
import {
  OpenAIEmbeddingModel,
  type OpenAIEmbeddingModelOptions,
} from '../../../knowledge/embeddings/OpenAIEmbeddingModel';
import { truncateUtf8 } from '../../../knowledge/embeddings/truncateUtf8';
import { fakeAzureConnection, fakeEmbedding, startFakeOpenAI } from '../../support/fakeOpenAI';
import { recordingCredential } from '../../support/recordingCredential';
import { rejectionOf } from '../../support/rejectionOf';

type Fake = Awaited<ReturnType<typeof startFakeOpenAI>>;
const DIMS = 32;
const cosine = (a: number[], b: number[]): number => a.reduce((sum, x, i) => sum + x * b[i]!, 0);

const rejection = (promise: Promise<unknown>): Promise<EmbeddingError> =>
  rejectionOf(promise, EmbeddingError);

describe('OpenAIEmbeddingModel (against the loopback OpenAI fake)', () => {
  let fake: Fake;
  const openai = (extra: Partial<OpenAIEmbeddingModelOptions> = {}): OpenAIEmbeddingModel =>
    new OpenAIEmbeddingModel({
      provider: 'openai',
      model: 'text-embedding-3-small',
      apiKey: fake.apiKey,
      baseUrl: fake.baseUrl,
      dimensions: DIMS,
      requestDimensions: true,
      timeoutMs: 5000,
      maxRetries: 0,
      ...extra,
    } as OpenAIEmbeddingModelOptions);
  const embeddingRequests = () => fake.requests.filter((req) => req.path.endsWith('/embeddings'));

  beforeEach(async () => {
    fake = await startFakeOpenAI({
      apiKey: 'sk-secret-123',
      azureApiKey: 'azure-secret-456',
      maxInputTokens: 50,
    });
  });
  afterEach(() => fake.stop());

  describe('OpenAI and compatible servers', () => {
    it('returns one vector per text, in order, as the server computed them', async () => {
      const texts = ['brake fade test', 'battery cooling', 'paint colours'];
      const vectors = await openai().embed(texts);
      assert.deepEqual(
        vectors,
        texts.map((text) => fakeEmbedding(text, DIMS)),
      );
    });
    it('sends the model, float encoding, the dimensions and the key', async () => {
      await openai().embed(['one']);
      const [req] = embeddingRequests();
      assert.equal(req?.path, '/v1/embeddings');
      assert.equal(req?.headers.authorization, 'Bearer sk-secret-123');
      assert.deepEqual(req?.body, {
        model: 'text-embedding-3-small',
        input: ['one'],
        encoding_format: 'float',
        dimensions: DIMS,
      });
    });
    it('leaves dimensions out unless asked to send them', async () => {
      await openai({ requestDimensions: false, dimensions: 64 }).embed(['one']);
      assert.equal(embeddingRequests()[0]?.body.dimensions, undefined);
    });
    it('an empty list makes no request', async () => {
      assert.deepEqual(await openai().embed([]), []);
      assert.equal(embeddingRequests().length, 0);
    });
    const batching: [number, number | undefined, number[]][] = [
      [16, undefined, [16]],
      [17, undefined, [16, 1]],
      [40, undefined, [16, 16, 8]],
      [5, 2, [2, 2, 1]],
    ];
    for (const [count, batchSize, sizes] of batching) {
      it(`${count} texts with batch size ${batchSize ?? 'default'} -> requests of ${sizes.join(', ')}`, async () => {
        const texts = Array.from({ length: count }, (_, i) => `text number ${i}`);
        const vectors = await openai(batchSize ? { batchSize } : {}).embed(texts);
        assert.deepEqual(
          embeddingRequests().map((req) => (req.body.input as string[]).length),
          sizes,
        );
        assert.deepEqual(vectors[count - 1], fakeEmbedding(`text number ${count - 1}`, DIMS));
      });
    }
    it('cuts over-long inputs to maxInputBytes (the fake refuses more than 50 tokens)', async () => {
      const long = 'brake '.repeat(200);
      await assert.rejects(openai({ maxInputBytes: 8000 }).embed([long]), { code: 'embedding_rejected' });
      const [vector] = await openai({ maxInputBytes: 200 }).embed([long]);
      assert.equal(vector?.length, DIMS);
      assert.equal((embeddingRequests().at(-1)?.body.input as string[])[0], truncateUtf8(long, 200));
    });
    it('sends a blank text as one space', async () => {
      await openai().embed(['', 'x']);
      assert.deepEqual(embeddingRequests()[0]?.body.input, [' ', 'x']);
    });
    it('similar texts are nearer than unrelated ones', async () => {
      const [query, near, far] = await openai().embed([
        'How do I stop the automobile?',
        'Vehicle braking procedure',
        'Paint colours for the logo',
      ]);
      assert.ok(cosine(query!, near!) > cosine(query!, far!) + 0.3);
    });
  });

  describe('Azure OpenAI', () => {
    const azure = (auth: { apiKey?: string; credential?: TokenCredential }): OpenAIEmbeddingModel =>
      new OpenAIEmbeddingModel({
        ...fakeAzureConnection(fake, fake.embeddingDeployment),
        endpoint: `${fake.endpoint}/`,
        dimensions: fake.embeddingDimensions,
        maxRetries: 0,
        ...auth,
      });
    it('calls the deployment with the api-version and an api-key', async () => {
      const [vector] = await azure({ apiKey: fake.azureApiKey }).embed(['battery']);
      assert.deepEqual(vector, fakeEmbedding('battery', fake.embeddingDimensions));
      const [req] = embeddingRequests();
      assert.equal(req?.path, `/openai/deployments/${fake.embeddingDeployment}/embeddings`);
      assert.equal(req?.query['api-version'], '2024-10-21');
      assert.equal(req?.headers['api-key'], 'azure-secret-456');
    });
    it('uses an Entra token for the Cognitive Services scope without a key', async () => {
      const { credential, scopes } = recordingCredential(fake.azureBearer);
      await azure({ credential }).embed(['battery']);
      assert.deepEqual(scopes, ['https://cognitiveservices.azure.com/.default']);
      assert.equal(embeddingRequests()[0]?.headers.authorization, `Bearer ${fake.azureBearer}`);
    });
    it('refuses to start without a key or a credential', () => {
      assert.throws(() => azure({}), /API key or an Entra credential/);
    });
    it('a wrong deployment is embedding_rejected', async () => {
      const model = new OpenAIEmbeddingModel({
        ...fakeAzureConnection(fake, 'missing'),
        apiKey: fake.azureApiKey,
        dimensions: 64,
      });
      assert.equal((await rejection(model.embed(['x']))).status, 404);
    });
  });

  describe('retries and errors', () => {
    it('retries a 429 after its Retry-After and succeeds', async () => {
      fake.failEmbeddings({ status: 429, headers: { 'retry-after': '0.01' } });
      const vectors = await openai({ maxRetries: 2 }).embed(['brake']);
      assert.deepEqual(vectors, [fakeEmbedding('brake', DIMS)]);
      assert.equal(embeddingRequests().length, 2);
    });
    it('retries at most maxRetries times, then embedding_unavailable', async () => {
      const throttled = { status: 429, headers: { 'retry-after-ms': '5' } };
      fake.failEmbeddings(throttled, throttled, throttled, throttled);
      const error = await rejection(openai({ maxRetries: 2 }).embed(['brake']));
      assert.equal(error.code, 'embedding_unavailable');
      assert.equal(error.status, 429);
      assert.equal(embeddingRequests().length, 3);
    });
    const cases: [string, number, string][] = [
      ['a 500', 500, 'embedding_unavailable'],
      ['a 503', 503, 'embedding_unavailable'],
      ['a 400', 400, 'embedding_rejected'],
      ['a 403', 403, 'embedding_rejected'],
    ];
    for (const [label, status, code] of cases) {
      it(`${label} becomes ${code}`, async () => {
        fake.failEmbeddings({ status, errorMessage: 'Incorrect API key provided: sk-secr***123.' });
        const error = await rejection(openai().embed(['x']));
        assert.equal(error.code, code);
        assert.equal(error.status, status);
        assert.doesNotMatch(error.message, /sk-secr|Incorrect API key/);
      });
    }
    it('a wrong key is embedding_rejected and the key appears nowhere in the error', async () => {
      const error = await rejection(openai({ apiKey: 'sk-wrong-789' }).embed(['x']));
      assert.equal(error.code, 'embedding_rejected');
      assert.equal(error.status, 401);
      const everything = `${error.message} ${error.stack} ${JSON.stringify(error)}`;
      assert.doesNotMatch(everything, /sk-wrong-789|sk-secret-123/);
    });
    it('a slow server is embedding_unavailable after the timeout', async () => {
      fake.failEmbeddings({ status: 500, delayMs: 2000 });
      const error = await rejection(openai({ timeoutMs: 100 }).embed(['x']));
      assert.equal(error.code, 'embedding_unavailable');
    });
    it('an unreachable server is embedding_unavailable', async () => {
      const model = openai({ baseUrl: 'http://127.0.0.1:1/v1' });
      assert.equal((await rejection(model.embed(['x']))).code, 'embedding_unavailable');
    });
    it('vectors of the wrong length are embedding_rejected', async () => {
      const error = await rejection(openai({ requestDimensions: false, dimensions: 16 }).embed(['x']));
      assert.equal(error.code, 'embedding_rejected');
      assert.match(error.message, /64 dimensions, expected 16/);
    });
  });

  describe('truncateUtf8', () => {
    const cases: [string, number, string][] = [
      ['short', 10, 'short'],
      ['abcdef', 3, 'abc'],
      ['ééé', 5, 'éé'],
      ['a😀b', 4, 'a'],
      ['a😀b', 5, 'a😀'],
    ];
    for (const [text, max, expected] of cases) {
      it(`${JSON.stringify(text)} within ${max} bytes -> ${JSON.stringify(expected)}`, () => {
        assert.equal(truncateUtf8(text, max), expected);
      });
    }
  });
});
