import type { ChatModel } from '../model/ChatModel';
import { MAX_QUESTION_CHARS } from './askKnowledgeSkill';
import {
  InMemoryFollowUpContextStore,
  type FollowUpContextStore,
  type FollowUpKey,
  type KnowledgeTurn,
} from './ConversationContext';
import { resolveFollowUp, type FollowUpMethod } from './resolveFollowUp';
import { rewriteFollowUpWithModel } from './rewriteFollowUpWithModel';

export interface FollowUpResolverOptions {
  /** Where context lives; default an `InMemoryFollowUpContextStore` with `ttlMs`, `maxTurns` and `now`. */
  readonly store?: FollowUpContextStore;
  /** Time context is kept after the last knowledge question, in ms; default 30 minutes. Ignored with `store`. */
  readonly ttlMs?: number;
  /** Knowledge turns kept per conversation and user; default 3. Ignored with `store`. */
  readonly maxTurns?: number;
  /** Clock in epoch ms (tests); default `Date.now`. */
  readonly now?: () => number;
  /** Optional language model: rewrites detected follow-ups from the last turns, with the rules as fallback. */
  readonly model?: ChatModel;
  /** Bound on one model rewrite, in ms; default `DEFAULT_REWRITE_TIMEOUT_MS` (5 s). */
  readonly modelTimeoutMs?: number;
  /** Longest rewritten question; a longer rewrite is dropped. Default: the knowledge skill's `MAX_QUESTION_CHARS`. */
  readonly maxQuestionChars?: number;
}

/** The question a knowledge message was understood as. */
export interface UnderstoodQuestion {
  /** What to pass to `ask_knowledge` (the message itself when it is not a follow-up). */
  readonly question: string;
  /** True when `question` was rewritten from the conversation's previous question. */
  readonly followUp: boolean;
  /** How it was rewritten: a rule (see `resolveFollowUp`) or `model`; absent when not a follow-up. */
  readonly method?: FollowUpMethod | 'model';
}

/**
 * Follow-up questions for the knowledge skill, per conversation and user. Contract:
 * - `understand` returns the message unchanged unless the same user asked a knowledge question in the same
 *   conversation within the time-to-live and the message is a follow-up (`detectFollowUp`); then it returns
 *   the standalone question: the model's rewrite when a model is set and its output is valid within the
 *   timeout and not just the message repeated, else the rule rewrite of the previous effective question
 *   (`resolveFollowUp`);
 * - `remember` records an asked knowledge question (message and effective question); only knowledge
 *   questions are recorded, so tickets and reports neither carry nor reset the subject;
 * - neither throws: a failing store means no context (and the question is answered as typed).
 */
export class FollowUpResolver {
  private readonly store: FollowUpContextStore;
  private readonly now: () => number;

  constructor(private readonly options: FollowUpResolverOptions = {}) {
    this.now = options.now ?? Date.now;
    this.store =
      options.store ??
      new InMemoryFollowUpContextStore({
        now: this.now,
        ...(options.ttlMs !== undefined ? { ttlMs: options.ttlMs } : {}),
        ...(options.maxTurns !== undefined ? { maxTurns: options.maxTurns } : {}),
      });
  }

  async understand(key: FollowUpKey, message: string): Promise<UnderstoodQuestion> {
    const asTyped: UnderstoodQuestion = { question: message, followUp: false };
    let turns: readonly KnowledgeTurn[];
    try {
      turns = await this.store.turns(key);
    } catch {
      return asTyped;
    }
    const last = turns[turns.length - 1];
    if (!last) return asTyped;
    const rules = resolveFollowUp(last.question, message);
    if (!rules) return asTyped;
    const fits = (question: string) =>
      question.length <= (this.options.maxQuestionChars ?? MAX_QUESTION_CHARS);
    const model = this.options.model;
    if (model) {
      const rewritten = await rewriteFollowUpWithModel(turns, message, model, {
        ...(this.options.modelTimeoutMs !== undefined ? { timeoutMs: this.options.modelTimeoutMs } : {}),
      });
      // The rules found a follow-up: a "rewrite" that only repeats it is no rewrite.
      if (rewritten && fits(rewritten) && comparable(rewritten) !== comparable(message))
        return { question: rewritten, followUp: true, method: 'model' };
    }
    return fits(rules.question)
      ? { question: rules.question, followUp: true, method: rules.method }
      : asTyped;
  }

  async remember(key: FollowUpKey, message: string, question: string): Promise<void> {
    try {
      await this.store.append(key, { message, question, at: this.now() });
    } catch {
      // Context is a convenience: losing it only means the next follow-up is answered as typed.
    }
  }
}

const comparable = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
