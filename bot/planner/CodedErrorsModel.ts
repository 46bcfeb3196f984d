import type { TurnContext } from 'botbuilder';
import type {
  Memory,
  PromptCompletionModel,
  PromptFunctions,
  PromptTemplate,
  Tokenizer,
} from '@microsoft/teams-ai';
import { modelFailure, type PromptResponse } from './modelFailure';

/**
 * Wraps a teams-ai model so that every failed completion carries a coded `ModelError` (see `modelFailure`)
 * as its `error`; the planner throws it and the app's HTTP-error action turns it into an error card.
 * Successful responses and the model's events pass through unchanged.
 */
export class CodedErrorsModel implements PromptCompletionModel {
  constructor(
    private readonly inner: PromptCompletionModel,
    private readonly timeoutMs: number,
  ) {}

  get events(): PromptCompletionModel['events'] {
    return this.inner.events;
  }

  async completePrompt(
    context: TurnContext,
    memory: Memory,
    functions: PromptFunctions,
    tokenizer: Tokenizer,
    template: PromptTemplate,
  ): Promise<PromptResponse> {
    const started = Date.now();
    const response = await this.inner.completePrompt(context, memory, functions, tokenizer, template);
    if (response.status === 'success') return response;
    return { ...response, error: modelFailure(response, Date.now() - started, this.timeoutMs) };
  }
}
