import autocannon from 'autocannon';
import { quantile } from '../beirMetrics';

export interface LoadFigures {
  /** Completed requests per second over the run. */
  readonly rps: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly p99Ms: number;
  readonly requests: number;
  /** Connection errors and timeouts. */
  readonly errors: number;
  readonly non2xx: number;
}

/**
 * Drives `POST url` with autocannon for `durationS` seconds over `connections` keep-alive connections; each
 * request's JSON body is `next()`. Latency percentiles are computed from every response's time (autocannon's
 * own histogram has no p95).
 */
export function driveLoad(options: {
  url: string;
  connections: number;
  durationS: number;
  next: () => unknown;
}): Promise<LoadFigures> {
  const times: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        duration: options.durationS,
        timeout: 30,
        requests: [
          {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            setupRequest: (request) => ({ ...request, body: JSON.stringify(options.next()) }),
          },
        ],
      },
      (error, result) => {
        if (error) return reject(error);
        resolve({
          rps: result.requests.total / Math.max(result.duration, 1e-9),
          p50Ms: quantile(times, 0.5),
          p95Ms: quantile(times, 0.95),
          p99Ms: quantile(times, 0.99),
          requests: result.requests.total,
          errors: result.errors + result.timeouts,
          non2xx: result.non2xx,
        });
      },
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
}
