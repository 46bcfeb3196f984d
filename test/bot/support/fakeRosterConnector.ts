import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { closeServer } from '../../support/loopbackServer';

/** A roster entry as the connector returns it (`TeamsChannelAccount`). */
export interface FakeMember {
  id: string;
  name: string;
  aadObjectId?: string;
  tenantId?: string;
  userRole?: 'user' | 'guest' | 'anonymous';
}

/**
 * A loopback Bot Connector that serves conversation rosters and records what the bot posts, following the
 * Bot Framework REST shapes:
 * - `GET /v3/conversations/{id}/pagedmembers?pageSize=&continuationToken=` -> `{ members, continuationToken? }`
 *   for a chat, a channel or a team id; pages of at most `pageSize` (and at most `maxPageSize`) members;
 *   ids in `failing` answer 500, unknown ids 404;
 * - `POST /v3/conversations` (create a 1:1 conversation) -> `201 { id }`;
 * - `POST /v3/conversations/{id}/activities[/{replyTo}]` -> `201 { id }`; kept in `posted` with the conversation id;
 * - `PUT /v3/conversations/{id}/activities/{activityId}` (update a message) -> `200 { id }`; kept in `updated`.
 */
export async function startFakeRosterConnector(options: { maxPageSize?: number } = {}): Promise<{
  serviceUrl: string;
  rosters: Map<string, FakeMember[]>;
  failing: Set<string>;
  rosterReads: string[];
  created: Record<string, unknown>[];
  posted: { conversationId: string; activity: Record<string, unknown> }[];
  updated: { conversationId: string; activityId: string; activity: Record<string, unknown> }[];
  stop(): Promise<void>;
}> {
  const rosters = new Map<string, FakeMember[]>();
  const failing = new Set<string>();
  const rosterReads: string[] = [];
  const created: Record<string, unknown>[] = [];
  const posted: { conversationId: string; activity: Record<string, unknown> }[] = [];
  const updated: { conversationId: string; activityId: string; activity: Record<string, unknown> }[] = [];
  const maxPageSize = options.maxPageSize ?? 3;
  const send = (res: http.ServerResponse, status: number, body?: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(body === undefined ? '' : JSON.stringify(body));
  };
  const server = http.createServer((req, res) => {
    const parts: Buffer[] = [];
    req.on('data', (part: Buffer) => parts.push(part));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const paged = /^\/v3\/conversations\/([^/]+)\/pagedmembers$/.exec(url.pathname);
      const activities = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/.exec(url.pathname);
      if (req.method === 'GET' && paged) {
        const id = decodeURIComponent(paged[1] as string);
        rosterReads.push(id);
        const roster = rosters.get(id);
        if (failing.has(id)) return send(res, 500, { error: { code: 'ServiceError', message: 'down' } });
        if (!roster) return send(res, 404, { error: { code: 'ConversationNotFound', message: id } });
        const size = Math.min(
          Number(url.searchParams.get('pageSize') ?? maxPageSize) || maxPageSize,
          maxPageSize,
        );
        const start = Number(url.searchParams.get('continuationToken') ?? '0') || 0;
        const members = roster.slice(start, start + size);
        const next = start + size < roster.length ? String(start + size) : undefined;
        return send(res, 200, { members, ...(next ? { continuationToken: next } : {}) });
      }
      const body =
        parts.length > 0
          ? (JSON.parse(Buffer.concat(parts).toString('utf8')) as Record<string, unknown>)
          : {};
      if (req.method === 'POST' && url.pathname === '/v3/conversations') {
        created.push(body);
        return send(res, 201, { id: `a:private-${created.length}` });
      }
      if (req.method === 'PUT' && activities?.[2]) {
        const activityId = decodeURIComponent(activities[2]);
        updated.push({
          conversationId: decodeURIComponent(activities[1] as string),
          activityId,
          activity: body,
        });
        return send(res, 200, { id: activityId });
      }
      if (req.method === 'POST' && activities) {
        posted.push({ conversationId: decodeURIComponent(activities[1] as string), activity: body });
        return send(res, 201, { id: `posted-${posted.length}` });
      }
      return send(res, 404);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    serviceUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    rosters,
    failing,
    rosterReads,
    created,
    posted,
    updated,
    stop: () => closeServer(server),
  };
}
