import type http from 'node:http';

/**
 * Counts the server's requests in flight. The returned function waits until none is left or `timeoutMs` has
 * passed, closing idle keep-alive connections meanwhile, and resolves with how many are still in flight.
 */
export function trackRequests(
  server: http.Server,
): ((timeoutMs: number) => Promise<number>) & { count(): number } {
  let inFlight = 0;
  let draining = false;
  const waiters = new Set<() => void>();
  server.on('request', (_req: http.IncomingMessage, res: http.ServerResponse) => {
    inFlight += 1;
    res.once('close', () => {
      inFlight -= 1;
      // Once the server is closing, a keep-alive connection that just went idle is closed too.
      if (draining) server.closeIdleConnections();
      if (inFlight === 0) for (const wake of waiters) wake();
    });
  });
  const wait = (timeoutMs: number) =>
    new Promise<number>((resolve) => {
      draining = true;
      server.closeIdleConnections();
      if (inFlight === 0 || timeoutMs <= 0) {
        resolve(inFlight);
        return;
      }
      const done = () => {
        clearTimeout(timer);
        waiters.delete(done);
        resolve(inFlight);
      };
      const timer = setTimeout(done, timeoutMs);
      waiters.add(done);
    });
  return Object.assign(wait, { count: () => inFlight });
}
