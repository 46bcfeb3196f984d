import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A loopback stand-in for the Bot Connector service, speaking its documented REST shape: replies arrive as
 * `POST /v3/conversations/{conversationId}/activities/{activityId}` (or `.../activities`) and get
 * `201 {"id": "..."}`. Every posted activity is kept, in order.
 */
export async function startFakeConnector(): Promise<{
  serviceUrl: string;
  received: Record<string, unknown>[];
  waitFor(
    predicate: (activity: Record<string, unknown>) => boolean,
    timeoutMs?: number,
  ): Promise<Record<string, unknown>>;
  stop(): Promise<void>;
}> {
  const received: Record<string, unknown>[] = [];
  const server = http.createServer((req, res) => {
    const parts: Buffer[] = [];
    req.on('data', (part: Buffer) => parts.push(part));
    req.on('end', () => {
      if (req.method === 'POST' && /^\/v3\/conversations\/[^/]+\/activities/.test(req.url ?? '')) {
        received.push(JSON.parse(Buffer.concat(parts).toString('utf8')) as Record<string, unknown>);
        res.writeHead(201, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ id: `reply-${received.length}` }));
      } else {
        res.writeHead(404);
        res.end();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const serviceUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return {
    serviceUrl,
    received,
    waitFor: async (predicate, timeoutMs = 10_000) => {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        const found = received.find(predicate);
        if (found) return found;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      throw new Error(`no matching activity among ${received.length} received`);
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
