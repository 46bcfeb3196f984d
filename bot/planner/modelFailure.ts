import type { PromptCompletionModel } from '@microsoft/teams-ai';
import { ModelError } from '../../skills/model/ModelError';

/** teams-ai's completion result (its type is not exported from the package root). */
export type PromptResponse = Awaited<ReturnType<PromptCompletionModel['completePrompt']>>;

/**
 * Maps a failed teams-ai model response to a coded `ModelError`. teams-ai's `OpenAIModel` reports failures as
 * text (a status or the SDK error's name, never the key): `rate_limited` and 5xx and connection errors give
 * `model_unavailable`; 408 gives `model_timeout`; other 4xx, `too_long` and `invalid_response` give
 * `model_rejected`. A failure without a status after at least `timeoutMs` (the SDK's abort on timeout, whose
 * name teams-ai drops) gives `model_timeout`.
 */
export function modelFailure(response: PromptResponse, elapsedMs: number, timeoutMs: number): ModelError {
  if (response.status === 'rate_limited') return new ModelError('model_unavailable', 429);
  if (response.status === 'too_long' || response.status === 'invalid_response')
    return new ModelError('model_rejected');
  const message = response.error instanceof Error ? response.error.message : String(response.error ?? '');
  const status = /error status of (\d{3})\b/.exec(message)?.[1];
  if (status) {
    const code = Number(status);
    if (code === 408) return new ModelError('model_timeout', code);
    return new ModelError(code === 429 || code >= 500 ? 'model_unavailable' : 'model_rejected', code);
  }
  if (/timed out|timeout/i.test(message) || elapsedMs >= timeoutMs) return new ModelError('model_timeout');
  return new ModelError('model_unavailable');
}
