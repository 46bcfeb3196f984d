import type { Server } from '@modelcontextprotocol/sdk/server/index.js';
import type { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import type { SkillUser } from '../../skills/SkillDescriptor';

/** One open MCP session: its SDK server and transport, bound to the user who opened it. */
export interface McpSession {
  readonly server: Server;
  readonly transport: StreamableHTTPServerTransport;
  /** The user id the session belongs to (the token's `oid`, or the local user). */
  readonly userId: string;
  /** The user as last resolved (principals re-read from the directory on every request of the session). */
  user: SkillUser;
  lastUsed: number;
}

export interface McpSessionsOptions {
  /** Open sessions kept at most (default 1,000); beyond it the least recently used one is closed. */
  readonly maxSessions?: number;
  /** Open sessions per user at most (default 20); beyond it that user's least recently used one is closed. */
  readonly maxPerUser?: number;
  /** A session unused this long is closed (default 30 minutes); its client starts a new one (HTTP 404). */
  readonly idleMs?: number;
  /** Clock in ms (tests); default `Date.now`. */
  readonly now?: () => number;
}

/**
 * The open MCP sessions of one server, in memory (a restart or another instance behind a load balancer
 * answers 404 to an unknown session id, and MCP clients then start a new session: no confirmation is lost,
 * since tokens live in the ConfirmationStore). Bounded in number, overall and per user, and in idle time
 * (expired sessions are closed on the next `add`). A session is found only by the user who opened it.
 */
export class McpSessions {
  private readonly sessions = new Map<string, McpSession>();
  private readonly now: () => number;

  constructor(private readonly options: McpSessionsOptions = {}) {
    this.now = options.now ?? Date.now;
  }

  /** The session `id` of user `userId`, marked used; undefined when unknown, expired or another user's. */
  get(id: string, userId: string): McpSession | undefined {
    const session = this.sessions.get(id);
    if (!session || session.userId !== userId || this.idle(session)) return undefined;
    session.lastUsed = this.now();
    return session;
  }

  /** Registers a session that completed `initialize`, closing expired and surplus sessions first. */
  add(id: string, session: McpSession): void {
    for (const [key, open] of this.sessions) if (this.idle(open)) this.close(key);
    const mine = [...this.sessions].filter(([, open]) => open.userId === session.userId);
    if (mine.length >= (this.options.maxPerUser ?? 20)) this.close(oldest(mine));
    if (this.sessions.size >= (this.options.maxSessions ?? 1000)) this.close(oldest([...this.sessions]));
    session.lastUsed = this.now();
    this.sessions.set(id, session);
  }

  /** Forgets session `id` (its transport closed: DELETE, eviction or shutdown). */
  remove(id: string): void {
    this.sessions.delete(id);
  }

  get size(): number {
    return this.sessions.size;
  }

  /** Closes every session (server shutdown). */
  async closeAll(): Promise<void> {
    const open = [...this.sessions.values()];
    this.sessions.clear();
    await Promise.allSettled(open.map((session) => session.server.close()));
  }

  private idle(session: McpSession): boolean {
    return this.now() - session.lastUsed > (this.options.idleMs ?? 30 * 60_000);
  }

  private close(id: string | undefined): void {
    const session = id === undefined ? undefined : this.sessions.get(id);
    if (!session || id === undefined) return;
    this.sessions.delete(id);
    void session.server.close().catch(() => undefined);
  }
}

function oldest(entries: [string, McpSession][]): string | undefined {
  return entries.reduce<[string, McpSession] | undefined>(
    (best, entry) => (!best || entry[1].lastUsed < best[1].lastUsed ? entry : best),
    undefined,
  )?.[0];
}
