/** Conversations the benchmark's turns are spread over (per user). */
export const CONVERSATIONS = 100;

/** One of the sample's questions (`knowledge/sample/questions.json`) and the user who asks it. */
export interface Question {
  readonly question: string;
  readonly user: string;
}

/**
 * Turn `n` of the benchmark: a Teams 1:1 message from `user` in one of its `CONVERSATIONS` conversations,
 * answered in the HTTP response (`deliveryMode: expectReplies`).
 */
export function benchActivity(n: number, { question, user }: Question): Record<string, unknown> {
  return benchMessage(`bench-${n}`, user, `a:bench-${n % CONVERSATIONS}-${user}`, question);
}

/**
 * A Teams 1:1 message `id` saying `text` from `user` (an Entra object id) in `conversationId`, asking for
 * its answer in the HTTP response (`deliveryMode: expectReplies`), as the benchmarks post it to `/api/messages`.
 */
export function benchMessage(
  id: string,
  user: string,
  conversationId: string,
  text: string,
): Record<string, unknown> {
  return {
    type: 'message',
    id,
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl: 'http://127.0.0.1:9/connector',
    from: { id: `29:${user}`, name: 'Bench User', aadObjectId: user },
    recipient: { id: '28:bot', name: 'Bot' },
    conversation: { id: conversationId, conversationType: 'personal', tenantId: 'bench-tenant' },
    text,
    locale: 'en-US',
    deliveryMode: 'expectReplies',
  };
}
