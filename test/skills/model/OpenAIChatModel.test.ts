import assert from 'node:assert/strict';
import { ModelError } from '../../../skills/model/ModelError';
import { COGNITIVE_SERVICES_SCOPE } from '../../../knowledge/openai/createOpenAIClient';
import { OpenAIChatModel } from '../../../skills/model/OpenAIChatModel';
import { fakeAzureConnection, startFakeOpenAI } from '../../support/fakeOpenAI';
import { recordingCredential } from '../../support/recordingCredential';
import { rejectionOf } from '../../support/rejectionOf';

type Fake = Awaited<ReturnType<typeof startFakeOpenAI>>;
const ask = [{ role: 'user' as const, content: 'What is the brake fade pass criterion?' }];

const rejection = (promise: Promise<unknown>): Promise<ModelError> => rejectionOf(promise, ModelError);

describe('OpenAIChatModel', () => {
  let fake: Fake;
  beforeEach(async () => {
    fake = await startFakeOpenAI();
  });
  afterEach(() => fake.stop());

  const openai = (extra: { apiKey?: string; timeoutMs?: number; maxRetries?: number } = {}) =>
    new OpenAIChatModel({
      provider: 'openai',
      model: 'gpt-4o',
      apiKey: extra.apiKey ?? fake.apiKey,
      baseUrl: fake.baseUrl,
      timeoutMs: extra.timeoutMs ?? 5000,
      maxRetries: extra.maxRetries ?? 2,
    });

  it('is named after the model', () => assert.equal(openai().name, 'model:gpt-4o'));

  it('completes through /v1/chat/completions with the bearer key', async () => {
    fake.reply({ content: 'Six metres per second squared [1].' });
    const { text } = await openai().complete({ messages: ask, maxTokens: 50, temperature: 0 });
    assert.equal(text, 'Six metres per second squared [1].');
    const request = fake.requests[0];
    assert.equal(request?.path, '/v1/chat/completions');
    assert.equal(request?.headers.authorization, `Bearer ${fake.apiKey}`);
    assert.deepEqual(
      [request?.body.model, request?.body.max_tokens, request?.body.temperature, request?.body.messages],
      ['gpt-4o', 50, 0, ask],
    );
  });

  it('streams deltas in order when onDelta is given', async () => {
    fake.reply({
      content: 'The mean deceleration is 6.0 m/s² [1].',
      chunks: ['The mean ', 'deceleration is ', '6.0 m/s² [1].'],
    });
    const deltas: string[] = [];
    const { text } = await openai().complete({ messages: ask, onDelta: (delta) => deltas.push(delta) });
    assert.deepEqual(deltas, ['The mean ', 'deceleration is ', '6.0 m/s² [1].']);
    assert.equal(text, deltas.join(''));
    assert.equal(fake.requests[0]?.body.stream, true);
  });

  it('retries a 429 after Retry-After, then succeeds', async () => {
    fake.reply({ status: 429, headers: { 'retry-after': '1' } }, { content: 'fine' });
    assert.equal((await openai().complete({ messages: ask })).text, 'fine');
    assert.equal(fake.requests.length, 2);
  });

  it('retries a 500, then succeeds', async () => {
    fake.reply({ status: 500, headers: { 'retry-after-ms': '10' } }, { content: 'fine' });
    assert.equal((await openai().complete({ messages: ask })).text, 'fine');
    assert.equal(fake.requests.length, 2);
  });

  it('gives up after maxRetries with model_unavailable', async () => {
    fake.fallback = { status: 503, headers: { 'retry-after-ms': '10' } };
    const error = await rejection(openai({ maxRetries: 1 }).complete({ messages: ask }));
    assert.deepEqual([error.code, error.status, fake.requests.length], ['model_unavailable', 503, 2]);
  });

  it('fails model_timeout when the server is slower than timeoutMs', async () => {
    fake.fallback = { content: 'late', delayMs: 3000 };
    const error = await rejection(openai({ timeoutMs: 300, maxRetries: 0 }).complete({ messages: ask }));
    assert.equal(error.code, 'model_timeout');
  });

  it('fails model_timeout when the caller aborts', async () => {
    fake.fallback = { content: 'late', delayMs: 3000 };
    const controller = new AbortController();
    const pending = openai().complete({ messages: ask, signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    assert.equal((await rejection(pending)).code, 'model_timeout');
  });

  it('fails model_rejected on 401 without the key in the message', async () => {
    const secret = 'sk-very-secret-0123456789';
    const error = await rejection(openai({ apiKey: secret }).complete({ messages: ask }));
    assert.deepEqual([error.code, error.status], ['model_rejected', 401]);
    assert.ok(!`${error.message} ${error.stack} ${error.userMessage}`.includes(secret));
    assert.equal(error.cause, undefined);
  });

  it('fails model_unavailable when nothing listens', async () => {
    await fake.stop();
    const error = await rejection(openai({ maxRetries: 0 }).complete({ messages: ask }));
    assert.equal(error.code, 'model_unavailable');
  });

  describe('Azure OpenAI', () => {
    it('calls the deployment path with api-version and the api-key header', async () => {
      fake.reply({ content: 'azure says hi' });
      const model = new OpenAIChatModel({
        ...fakeAzureConnection(fake, fake.deployment),
        endpoint: `${fake.endpoint}/`,
        apiKey: fake.azureApiKey,
      });
      assert.equal((await model.complete({ messages: ask })).text, 'azure says hi');
      const request = fake.requests[0];
      assert.deepEqual(
        [request?.path, request?.query['api-version'], request?.headers['api-key']],
        [`/openai/deployments/${fake.deployment}/chat/completions`, '2024-10-21', fake.azureApiKey],
      );
      assert.equal(model.name, `model:${fake.deployment}`);
    });

    it('uses a bearer token from the Entra credential for the Cognitive Services scope', async () => {
      const { credential, scopes } = recordingCredential(fake.azureBearer);
      fake.reply({ content: 'with entra', chunks: ['with ', 'entra'] });
      const model = new OpenAIChatModel({ ...fakeAzureConnection(fake, fake.deployment), credential });
      const deltas: string[] = [];
      assert.equal(
        (await model.complete({ messages: ask, onDelta: (d) => deltas.push(d) })).text,
        'with entra',
      );
      assert.deepEqual(deltas, ['with ', 'entra']);
      assert.equal(fake.requests[0]?.headers.authorization, `Bearer ${fake.azureBearer}`);
      assert.deepEqual(scopes.flat(), [COGNITIVE_SERVICES_SCOPE]);
    });

    it('fails model_rejected for an unknown deployment', async () => {
      const model = new OpenAIChatModel({ ...fakeAzureConnection(fake, 'nope'), apiKey: fake.azureApiKey });
      const error = await rejection(model.complete({ messages: ask }));
      assert.deepEqual([error.code, error.status], ['model_rejected', 404]);
    });

    it('refuses to build without a key or a credential', () => {
      assert.throws(
        () => new OpenAIChatModel(fakeAzureConnection(fake, fake.deployment)),
        /API key or an Entra credential/,
      );
    });
  });
});
