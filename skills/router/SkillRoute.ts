/** What a skill's route made of one message: the skill's parameters, or a question for a missing one. */
export type RouteMatch =
  | { readonly params: Record<string, unknown> }
  | {
      readonly ask: {
        /** The parameter the reply to `prompt` fills. */
        readonly missing: string;
        /** The question, in the user's language. */
        readonly prompt: string;
        /** What is known already. */
        readonly params: Record<string, unknown>;
      };
    };

/**
 * How the no-model router recognises a request for a skill: part of the skill's descriptor (`route`), so adding
 * a skill with its phrasing touches that skill's folder only. The router tries the offered skills' `match` by
 * `order`, then registration order; the first match wins; a message no skill matches goes to the skill whose
 * route is the `fallback` (the knowledge question), else to help. Contract: deterministic (the same message
 * always gives the same match), no I/O.
 */
export interface SkillRoute {
  /** Lower is tried first; default 100. */
  readonly order?: number;
  /**
   * The request in `message` (normalised, a conversational opener such as "and" or "also" removed), or
   * undefined when it is not one for this skill. `locale` picks the language of a question.
   */
  match?(message: string, locale: string | undefined): RouteMatch | undefined;
  /**
   * Completes a question asked for `missing` with the user's `reply` (normalised): the parameters, or the
   * question again. Default: the reply is the value.
   */
  fill?(
    missing: string,
    reply: string,
    params: Record<string, unknown>,
    locale: string | undefined,
  ): RouteMatch;
  /**
   * Set on the one skill that takes what no other skill matched (the whole message, opener included): its
   * parameters for the message.
   */
  fallback?(message: string): Record<string, unknown>;
}
