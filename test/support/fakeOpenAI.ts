import crypto from 'node:crypto';
import http from 'node:http';
import { listenOnLoopback } from './loopbackServer';

/** One scripted answer. With `status` the server answers that HTTP error instead of a completion. */
export interface FakeReply {
  readonly content?: string;
  readonly toolCalls?: readonly { readonly id?: string; readonly name: string; readonly arguments: string }[];
  /** Default `tool_calls` when there are tool calls, else `stop`. */
  readonly finishReason?: string;
  /** Streaming only: the content split into these deltas (default: word by word). */
  readonly chunks?: readonly string[];
  readonly status?: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly errorMessage?: string;
  /** Wait this long before answering (timeouts). */
  readonly delayMs?: number;
  /** Completions only: answer once this settles (a request held open until the test lets it go). */
  readonly release?: Promise<unknown>;
  /** Streaming only: wait this long before each content delta after the first. */
  readonly chunkDelayMs?: number;
}

export interface RecordedRequest {
  readonly method: string;
  /** Path without the query string. */
  readonly path: string;
  readonly query: Record<string, string>;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: Record<string, unknown>;
}

export interface FakeOpenAIOptions {
  /** Required `Authorization: Bearer` value on `/v1/...`; default `test-key`. */
  readonly apiKey?: string;
  /** Azure deployment served under `/openai/deployments/{deployment}/...`; default `gpt-4o-test`. */
  readonly deployment?: string;
  /** Azure: accepted `api-key` header value (default `azure-key`) or Entra bearer token (default `entra-token`). */
  readonly azureApiKey?: string;
  readonly azureBearer?: string;
  /** Azure deployment of the embedding model; default `embed-test`. */
  readonly embeddingDeployment?: string;
  /** Native length of the fake embeddings (a request's `dimensions` may shorten them); default 64. */
  readonly embeddingDimensions?: number;
  /** Largest input, in tokens estimated as ceil(UTF-8 bytes / 4); default 8191. */
  readonly maxInputTokens?: number;
}

type Script = FakeReply | ((request: RecordedRequest) => FakeReply);

/**
 * A loopback stand-in for the OpenAI Chat Completions and Embeddings REST APIs, as the `openai` SDK calls
 * them: `POST /v1/chat/completions` and `POST /v1/embeddings` (Bearer key) and Azure's
 * `POST /openai/deployments/{deployment}/chat/completions|embeddings?api-version=...` (`api-key` header or
 * Bearer token). Completions are scripted (a queue; `fallback` when it is empty): JSON `chat.completion`
 * objects, or SSE `chat.completion.chunk` events ending with `data: [DONE]` when the request has
 * `stream: true`. Embeddings are deterministic (see `fakeEmbedding`), `float` or `base64`, in the documented
 * `{ object: 'list', data: [{ object: 'embedding', index, embedding }], model, usage }` shape; inputs are
 * checked as the API does (1–2,048 non-empty strings within the token limit, `dimensions` up to the native
 * size); `failEmbeddings` scripts errors. Errors use OpenAI's `{"error":{"message","type","param","code"}}`
 * body. Every request is recorded, in order.
 */
export async function startFakeOpenAI(options: FakeOpenAIOptions = {}): Promise<{
  /** Base URL for `new OpenAI({ baseURL })`, ending in `/v1`. */
  baseUrl: string;
  /** Endpoint for `new AzureOpenAI({ endpoint })`. */
  endpoint: string;
  deployment: string;
  apiKey: string;
  azureApiKey: string;
  azureBearer: string;
  embeddingDeployment: string;
  embeddingDimensions: number;
  requests: RecordedRequest[];
  /** The next embedding requests get these answers (only `status`, `headers`, `errorMessage`, `delayMs` count). */
  failEmbeddings(...replies: FakeReply[]): void;
  /** Appends scripted answers, consumed one per completion request. */
  reply(...scripts: Script[]): void;
  /** Answer used when the queue is empty (default: `content: 'OK'`). */
  fallback: Script;
  stop(): Promise<void>;
}> {
  const apiKey = options.apiKey ?? 'test-key';
  const deployment = options.deployment ?? 'gpt-4o-test';
  const azureApiKey = options.azureApiKey ?? 'azure-key';
  const azureBearer = options.azureBearer ?? 'entra-token';
  const embeddingDeployment = options.embeddingDeployment ?? 'embed-test';
  const embeddingDimensions = options.embeddingDimensions ?? 64;
  const maxInputTokens = options.maxInputTokens ?? 8191;
  const embeddingFailures: FakeReply[] = [];
  const queue: Script[] = [];
  const requests: RecordedRequest[] = [];
  const state = { fallback: { content: 'OK' } as Script };
  const timers = new Set<NodeJS.Timeout>();

  const server = http.createServer((req, res) => {
    const parts: Buffer[] = [];
    req.on('data', (part: Buffer) => parts.push(part));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      let body: Record<string, unknown> = {};
      try {
        body = JSON.parse(Buffer.concat(parts).toString('utf8') || '{}') as Record<string, unknown>;
      } catch {
        return sendError(
          res,
          400,
          'invalid_request_error',
          'We could not parse the JSON body of your request.',
        );
      }
      const recorded: RecordedRequest = {
        method: req.method ?? '',
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        headers: req.headers,
        body,
      };
      const azure = /^\/openai\/deployments\/([^/]+)\/(chat\/completions|embeddings)$/.exec(url.pathname);
      const openai = /^\/v1\/(chat\/completions|embeddings)$/.exec(url.pathname);
      if (req.method !== 'POST' || (!azure && !openai)) {
        return sendError(res, 404, 'invalid_request_error', 'Not found.');
      }
      const embeddings = (azure?.[2] ?? openai?.[1]) === 'embeddings';
      requests.push(recorded);
      if (azure) {
        const keyOk = req.headers['api-key'] === azureApiKey;
        const bearerOk = req.headers.authorization === `Bearer ${azureBearer}`;
        if (!keyOk && !bearerOk)
          return sendError(
            res,
            401,
            'invalid_request_error',
            'Access denied due to invalid subscription key.',
            '401',
          );
        if (!url.searchParams.get('api-version'))
          return sendError(res, 404, 'invalid_request_error', 'Resource not found', '404');
        if (decodeURIComponent(azure[1] as string) !== (embeddings ? embeddingDeployment : deployment))
          return sendError(
            res,
            404,
            'invalid_request_error',
            'The API deployment for this resource does not exist.',
            'DeploymentNotFound',
          );
      } else if (req.headers.authorization !== `Bearer ${apiKey}`) {
        return sendError(res, 401, 'invalid_request_error', 'Incorrect API key provided.', 'invalid_api_key');
      }
      if (embeddings) {
        const failure = embeddingFailures.shift();
        const answer = () =>
          failure?.status
            ? respond(res, failure, body)
            : embed(res, body, azure ? embeddingDeployment : undefined, embeddingDimensions, maxInputTokens);
        if (!failure?.delayMs) return answer();
        const timer = setTimeout(() => {
          timers.delete(timer);
          if (!res.destroyed) answer();
        }, failure.delayMs);
        timers.add(timer);
        return;
      }
      const script = queue.shift() ?? state.fallback;
      const reply = typeof script === 'function' ? script(recorded) : script;
      const answer = () => respond(res, reply, body);
      if (reply.release) {
        void reply.release.then(() => {
          if (!res.destroyed) answer();
        });
      } else if (reply.delayMs) {
        const timer = setTimeout(() => {
          timers.delete(timer);
          if (!res.destroyed) answer();
        }, reply.delayMs);
        timers.add(timer);
      } else answer();
    });
  });
  const origin = await listenOnLoopback(server);
  return {
    baseUrl: `${origin}/v1`,
    endpoint: origin,
    deployment,
    apiKey,
    azureApiKey,
    azureBearer,
    embeddingDeployment,
    embeddingDimensions,
    requests,
    failEmbeddings: (...replies) => embeddingFailures.push(...replies),
    reply: (...scripts) => queue.push(...scripts),
    get fallback() {
      return state.fallback;
    },
    set fallback(script: Script) {
      state.fallback = script;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function sendError(
  res: http.ServerResponse,
  status: number,
  type: string,
  message: string,
  code: string | null = null,
  headers: Readonly<Record<string, string>> = {},
): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify({ error: { message, type, param: null, code } }));
}

function respond(res: http.ServerResponse, reply: FakeReply, body: Record<string, unknown>): void {
  if (reply.status && reply.status >= 400) {
    const type =
      reply.status === 429
        ? 'rate_limit_exceeded'
        : reply.status >= 500
          ? 'server_error'
          : 'invalid_request_error';
    return sendError(
      res,
      reply.status,
      type,
      reply.errorMessage ?? `Scripted ${reply.status}.`,
      null,
      reply.headers,
    );
  }
  const model = typeof body.model === 'string' ? body.model : 'fake';
  const id = `chatcmpl-${Math.random().toString(36).slice(2, 10)}`;
  const created = Math.floor(Date.now() / 1000);
  const toolCalls = (reply.toolCalls ?? []).map((call, i) => ({
    id: call.id ?? `call_${i + 1}_${id.slice(-4)}`,
    type: 'function' as const,
    function: { name: call.name, arguments: call.arguments },
  }));
  const finishReason = reply.finishReason ?? (toolCalls.length > 0 ? 'tool_calls' : 'stop');
  const content = reply.content ?? (toolCalls.length > 0 ? null : '');
  if (body.stream !== true) {
    res.writeHead(200, { 'content-type': 'application/json', ...reply.headers });
    res.end(
      JSON.stringify({
        id,
        object: 'chat.completion',
        created,
        model,
        choices: [
          {
            index: 0,
            message: {
              role: 'assistant',
              content,
              refusal: null,
              ...(toolCalls.length > 0 ? { tool_calls: toolCalls } : {}),
            },
            logprobs: null,
            finish_reason: finishReason,
          },
        ],
        usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
      }),
    );
    return;
  }
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', ...reply.headers });
  const chunk = (delta: Record<string, unknown>, finish: string | null = null) =>
    res.write(
      `data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model, choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }] })}\n\n`,
    );
  // An SSE comment after each event: the SDK's decoder releases an event only when more bytes follow it.
  const flush = () => res.write(': flush\n\n');
  chunk({ role: 'assistant', content: '' });
  const pieces = reply.chunks ?? (content ? (content.match(/\S+\s*/g) ?? [content]) : []);
  const finish = () => {
    toolCalls.forEach((call, index) => {
      chunk({
        tool_calls: [
          { index, id: call.id, type: 'function', function: { name: call.function.name, arguments: '' } },
        ],
      });
      const half = Math.ceil(call.function.arguments.length / 2);
      for (const part of [call.function.arguments.slice(0, half), call.function.arguments.slice(half)]) {
        if (part) chunk({ tool_calls: [{ index, function: { arguments: part } }] });
      }
    });
    chunk({}, finishReason);
    res.end('data: [DONE]\n\n');
  };
  const next = (i: number): void => {
    if (res.destroyed) return;
    if (i >= pieces.length) return finish();
    chunk({ content: pieces[i] });
    flush();
    if (reply.chunkDelayMs && i + 1 < pieces.length) setTimeout(() => next(i + 1), reply.chunkDelayMs);
    else next(i + 1);
  };
  next(0);
}

/** Words the fake embedding ignores. */
const STOP_WORDS = new Set(
  'a an and are at by do does for how in is of on or the to what when which with'.split(' '),
);
/** The fake's stand-in for meaning: words of one group share a dimension. */
const SYNONYMS: Record<string, string> = Object.fromEntries(
  [
    'car cars vehicle vehicles automobile automobiles auto',
    'brake brakes braking stop stops stopping deceleration decelerate slowing',
    'battery batteries accumulator accumulators cell cells',
    'charge charging recharge recharging replenish refill',
    'logo logos emblem emblems badge badges trademark',
    'noise noises sound sounds acoustic loudness',
    'heat heating hot temperature thermal warmth',
    'torque tightening tighten fastening',
  ].flatMap((group) => group.split(' ').map((word) => [word, `concept:${group}`])),
);
const slots = new Map<string, { index: number; sign: number }>();

/**
 * The fake's deterministic embedding: a hashed bag of words (lowercased, stop words dropped, synonyms of the
 * built-in table mapped to one concept), each concept adding ±1 to one of `dimensions` slots chosen by its
 * SHA-256, L2-normalised. Texts sharing words or synonyms are near; a text without words is `[1, 0, ...]`.
 */
export function fakeEmbedding(text: string, dimensions: number): number[] {
  const vector = new Array<number>(dimensions).fill(0);
  for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (STOP_WORDS.has(word)) continue;
    const concept = SYNONYMS[word] ?? word;
    let slot = slots.get(concept);
    if (!slot) {
      const digest = crypto.createHash('sha256').update(concept).digest();
      slot = { index: digest.readUInt32BE(0), sign: digest[4]! & 1 ? 1 : -1 };
      slots.set(concept, slot);
    }
    vector[slot.index % dimensions]! += slot.sign;
  }
  const norm = Math.hypot(...vector);
  return norm === 0 ? vector.map((_, i) => (i === 0 ? 1 : 0)) : vector.map((n) => n / norm);
}

function embed(
  res: http.ServerResponse,
  body: Record<string, unknown>,
  azureDeployment: string | undefined,
  native: number,
  maxInputTokens: number,
): void {
  const invalid = (message: string) => sendError(res, 400, 'invalid_request_error', message);
  const model = azureDeployment ?? body.model;
  if (typeof model !== 'string' || !model) return invalid("'model' is required.");
  const input = typeof body.input === 'string' ? [body.input] : body.input;
  if (!Array.isArray(input) || input.length < 1 || input.length > 2048)
    return invalid("'$.input' must be a string or an array of 1 to 2048 strings.");
  const tokens = input.map((text) =>
    typeof text === 'string' ? Math.ceil(Buffer.byteLength(text) / 4) : -1,
  );
  if (tokens.some((n) => n <= 0))
    return invalid("'$.input' is invalid: every input must be a non-empty string.");
  if (tokens.some((n) => n > maxInputTokens))
    return invalid(`This model's maximum context length is ${maxInputTokens} tokens.`);
  const dimensions = body.dimensions ?? native;
  if (!Number.isInteger(dimensions) || (dimensions as number) < 1 || (dimensions as number) > native)
    return invalid(`'dimensions' must be an integer from 1 to ${native}.`);
  const format = body.encoding_format ?? 'float';
  if (format !== 'float' && format !== 'base64') return invalid("'encoding_format' must be float or base64.");
  const data = (input as string[]).map((text, index) => {
    const vector = fakeEmbedding(text, dimensions as number);
    const embedding =
      format === 'float' ? vector : Buffer.from(new Float32Array(vector).buffer).toString('base64');
    return { object: 'embedding', index, embedding };
  });
  const used = tokens.reduce((sum, n) => sum + n, 0);
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(
    JSON.stringify({ object: 'list', data, model, usage: { prompt_tokens: used, total_tokens: used } }),
  );
}

/**
 * The Azure OpenAI connection options of a model client over the fake: its `endpoint`, `deployment`, API
 * version 2024-10-21 and a 5 s timeout, with no key or credential (the caller adds one, or tests the lack).
 */
export function fakeAzureConnection(fake: { readonly endpoint: string }, deployment: string) {
  return {
    provider: 'azure-openai',
    endpoint: fake.endpoint,
    deployment,
    apiVersion: '2024-10-21',
    timeoutMs: 5000,
  } as const;
}
