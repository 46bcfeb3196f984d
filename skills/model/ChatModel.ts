/** One chat message sent to a language model. */
export interface ChatMessage {
  readonly role: 'system' | 'user' | 'assistant';
  readonly content: string;
}

export interface ChatRequest {
  readonly messages: readonly ChatMessage[];
  /** Upper bound on generated tokens; the implementation's default when absent. */
  readonly maxTokens?: number;
  /** Sampling temperature; the implementation's default (low) when absent. */
  readonly temperature?: number;
  /** When given, the completion is streamed and each new piece of text is passed here, in order. */
  readonly onDelta?: (text: string) => void;
  /** Aborting cancels the request; the promise then rejects with `model_timeout`. */
  readonly signal?: AbortSignal;
}

/**
 * The seam to a chat language model. Skills depend on this, never on an SDK.
 * Contract: `complete` resolves with the whole generated text (also when streamed), or rejects with a
 * `ModelError` (`model_unavailable`, `model_timeout`, `model_rejected`) whose message never contains a secret.
 */
export interface ChatModel {
  /** Provenance label, e.g. `model:gpt-4o`; recorded as the planner and shown in footnotes. */
  readonly name: string;
  complete(request: ChatRequest): Promise<{ text: string }>;
}
