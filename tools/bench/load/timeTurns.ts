import { benchMessage } from './benchActivity';

/** Latencies of knowledge turns asked one at a time, and how many did not answer with a card. */
export interface TurnTimes {
  /** Milliseconds per turn, in the order asked. */
  readonly latencies: number[];
  /** Turns answered with another status than 200 or without an Adaptive Card. */
  readonly failed: number;
}

/**
 * Asks `questions` one after another as `user` (a Teams 1:1 message each, in a conversation of its own so none
 * is read as a follow-up, answered in the HTTP response: see `benchMessage`) at `url` (`/api/messages`) and times each turn from request to the whole response read.
 */
export async function timeTurns(url: string, user: string, questions: readonly string[]): Promise<TurnTimes> {
  const latencies: number[] = [];
  let failed = 0;
  for (const [i, question] of questions.entries()) {
    const body = JSON.stringify(benchMessage(`turn-${user}-${i}`, user, `a:turns-${user}-${i}`, question));
    const started = performance.now();
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    const text = await response.text();
    latencies.push(performance.now() - started);
    if (response.status !== 200 || !text.includes('application/vnd.microsoft.card.adaptive')) failed += 1;
  }
  return { latencies, failed };
}
