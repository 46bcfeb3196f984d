import { APIConnectionTimeoutError, APIError } from 'openai';
import { OpenAIEndpointModel, type OpenAIModelOptions } from '../../knowledge/openai/OpenAIEndpointModel';
import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import type { ChatModel, ChatRequest } from './ChatModel';
import { ModelError } from './ModelError';

/** A configured endpoint (see `OpenAIEndpoint`) with the call's timeout and retry budget. */
export type OpenAIChatModelOptions = OpenAIModelOptions;

const DEFAULT_MAX_TOKENS = 800;
const DEFAULT_TEMPERATURE = 0.1;

/**
 * `ChatModel` over the `openai` SDK: OpenAI, any OpenAI-compatible server (`baseUrl`, e.g. llama.cpp or Ollama),
 * or Azure OpenAI (API key, else `getBearerTokenProvider(credential, COGNITIVE_SERVICES_SCOPE)`).
 *
 * - `timeoutMs` bounds the whole call, retries and streaming included; past it the call fails `model_timeout`.
 * - Retries are the SDK's (`maxRetries`): it honours `Retry-After` / `retry-after-ms` up to 60 s and otherwise
 *   backs off exponentially (0.5 s to 8 s, with jitter).
 * - Failures become `ModelError`: 400/401/403/404/422 `model_rejected`; 408 and aborts `model_timeout`;
 *   429, 5xx and network errors `model_unavailable`. Messages carry the status only, never the key or the
 *   provider's response text.
 * Throws at construction (plain Error) when Azure has neither an API key nor a credential.
 */
export class OpenAIChatModel extends OpenAIEndpointModel implements ChatModel {
  constructor(options: OpenAIChatModelOptions) {
    super('model', options);
  }

  async complete(request: ChatRequest): Promise<{ text: string }> {
    const deadline = new AbortController();
    const timer = setTimeout(() => deadline.abort(), this.timeoutMs);
    const onAbort = () => deadline.abort();
    request.signal?.addEventListener('abort', onAbort);
    if (request.signal?.aborted) deadline.abort();
    const body = {
      model: this.model,
      messages: request.messages.map(
        (m) => ({ role: m.role, content: m.content }) as ChatCompletionMessageParam,
      ),
      max_tokens: request.maxTokens ?? DEFAULT_MAX_TOKENS,
      temperature: request.temperature ?? DEFAULT_TEMPERATURE,
    };
    try {
      if (!request.onDelta) {
        const completion = await this.client.chat.completions.create(body, { signal: deadline.signal });
        return { text: completion.choices[0]?.message?.content ?? '' };
      }
      const stream = await this.client.chat.completions.create(
        { ...body, stream: true },
        { signal: deadline.signal },
      );
      let text = '';
      for await (const chunk of stream) {
        const delta = chunk.choices[0]?.delta?.content;
        if (delta) {
          text += delta;
          request.onDelta(delta);
        }
      }
      return { text };
    } catch (error) {
      throw toModelError(error, deadline.signal.aborted);
    } finally {
      clearTimeout(timer);
      request.signal?.removeEventListener('abort', onAbort);
    }
  }
}

/** Maps anything the SDK (or a delta callback) threw to a coded `ModelError`; see the class contract. */
export function toModelError(error: unknown, aborted = false): ModelError {
  if (error instanceof ModelError) return error;
  if (aborted || error instanceof APIConnectionTimeoutError) return new ModelError('model_timeout');
  if (error instanceof APIError && typeof error.status === 'number') {
    const status = error.status;
    if (status === 408) return new ModelError('model_timeout', status);
    if (status === 429 || status >= 500) return new ModelError('model_unavailable', status);
    return new ModelError('model_rejected', status);
  }
  return new ModelError('model_unavailable');
}
