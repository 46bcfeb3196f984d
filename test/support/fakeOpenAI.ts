import http from 'node:http';
import type { AddressInfo } from 'node:net';

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
}

type Script = FakeReply | ((request: RecordedRequest) => FakeReply);

/**
 * A loopback stand-in for the OpenAI Chat Completions REST API, as the `openai` SDK calls it:
 * `POST /v1/chat/completions` (Bearer key) and Azure's
 * `POST /openai/deployments/{deployment}/chat/completions?api-version=...` (`api-key` header or Bearer token).
 * Answers are scripted (a queue; `fallback` when it is empty): JSON `chat.completion` objects, or SSE
 * `chat.completion.chunk` events ending with `data: [DONE]` when the request has `stream: true`; errors use
 * OpenAI's `{"error":{"message","type","param","code"}}` body. Every request is recorded, in order.
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
  requests: RecordedRequest[];
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
      const azure = /^\/openai\/deployments\/([^/]+)\/chat\/completions$/.exec(url.pathname);
      if (req.method !== 'POST' || (!azure && url.pathname !== '/v1/chat/completions')) {
        return sendError(res, 404, 'invalid_request_error', 'Not found.');
      }
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
        if (decodeURIComponent(azure[1] as string) !== deployment)
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
      const script = queue.shift() ?? state.fallback;
      const reply = typeof script === 'function' ? script(recorded) : script;
      const answer = () => respond(res, reply, body);
      if (reply.delayMs) {
        const timer = setTimeout(() => {
          timers.delete(timer);
          if (!res.destroyed) answer();
        }, reply.delayMs);
        timers.add(timer);
      } else answer();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    baseUrl: `${origin}/v1`,
    endpoint: origin,
    deployment,
    apiKey,
    azureApiKey,
    azureBearer,
    requests,
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
