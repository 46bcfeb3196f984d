import type { OpenAI } from 'openai';
import { createOpenAIClient, type OpenAIEndpoint } from './createOpenAIClient';

/** A configured endpoint (see `OpenAIEndpoint`) with the bound of one call and the SDK's retry budget. */
export type OpenAIModelOptions = OpenAIEndpoint & {
  /** Bound on one call, its retries included. */
  timeoutMs: number;
  /** Retries after 429, 408, 409 and 5xx responses and connection errors; default 2. */
  maxRetries?: number;
};

const DEFAULT_MAX_RETRIES = 2;

/**
 * What every model over the `openai` SDK holds: the client of its endpoint (`createOpenAIClient`, with the
 * SDK's own timeout and `maxRetries`), the model or deployment name requests use, the per-call bound, and
 * its `name`, `<kind>:<model>`. Throws at construction (plain Error) when Azure has neither an API key nor a
 * credential.
 */
export abstract class OpenAIEndpointModel {
  readonly name: string;
  protected readonly client: OpenAI;
  protected readonly model: string;
  protected readonly timeoutMs: number;

  protected constructor(kind: string, options: OpenAIModelOptions) {
    this.timeoutMs = options.timeoutMs;
    const maxRetries = options.maxRetries ?? DEFAULT_MAX_RETRIES;
    const { client, model } = createOpenAIClient(options, { timeoutMs: options.timeoutMs, maxRetries });
    this.client = client;
    this.model = model;
    this.name = `${kind}:${model}`;
  }
}
