import http from 'node:http';
import { listenOnLoopback, closeServer } from './loopbackServer';

/** How the fake throttles: given a posted activity, undefined to accept it, or a 429 with this `Retry-After`. */
export type ThrottleRule = (
  activity: Record<string, unknown>,
) => { readonly retryAfter?: string } | undefined;

/**
 * A loopback stand-in for the Bot Connector service, speaking its documented REST shape: replies arrive as
 * `POST /v3/conversations/{conversationId}/activities/{activityId}` (or `.../activities`) and get
 * `201 {"id": "..."}`. Every accepted activity is kept, in order. With `throttle`, a POST the rule picks is
 * answered `429` (with its `Retry-After`, when given) as Teams does when a bot sends too fast, and not kept;
 * `posts` lists every POST's path, throttled or not.
 */
export async function startFakeConnector(options: { throttle?: ThrottleRule } = {}): Promise<{
  serviceUrl: string;
  received: Record<string, unknown>[];
  posts: string[];
  waitFor(
    predicate: (activity: Record<string, unknown>) => boolean,
    timeoutMs?: number,
  ): Promise<Record<string, unknown>>;
  stop(): Promise<void>;
}> {
  const received: Record<string, unknown>[] = [];
  const posts: string[] = [];
  const server = http.createServer((req, res) => {
    const parts: Buffer[] = [];
    req.on('data', (part: Buffer) => parts.push(part));
    req.on('end', () => {
      if (req.method === 'POST' && /^\/v3\/conversations\/[^/]+\/activities/.test(req.url ?? '')) {
        posts.push(req.url ?? '');
        const activity = JSON.parse(Buffer.concat(parts).toString('utf8')) as Record<string, unknown>;
        const throttled = options.throttle?.(activity);
        if (throttled) {
          res.writeHead(429, {
            'content-type': 'application/json',
            ...(throttled.retryAfter === undefined ? {} : { 'retry-after': throttled.retryAfter }),
          });
          res.end(JSON.stringify({ error: { code: 'TooManyRequests', message: 'Too many requests' } }));
          return;
        }
        received.push(activity);
        res.writeHead(201, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ id: `reply-${received.length}` }));
      } else {
        res.writeHead(404);
        res.end();
      }
    });
  });
  const serviceUrl = `${await listenOnLoopback(server)}/`;
  return {
    serviceUrl,
    received,
    posts,
    waitFor: async (predicate, timeoutMs = 10_000) => {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        const found = received.find(predicate);
        if (found) return found;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      throw new Error(`no matching activity among ${received.length} received`);
    },
    stop: () => closeServer(server),
  };
}
