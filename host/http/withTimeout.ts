import { AppError } from '../../skills/errors/AppError';

/** Longest time a request may take end to end before the server answers 503 and moves on. */
export const REQUEST_TIMEOUT_MS = 30_000;

/**
 * `work`, or AppError `request_timeout` (503) when it has not settled after `ms`. The work itself is not
 * cancelled: the caller stops waiting and answers.
 */
export function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new AppError('request_timeout')), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
