import {
  type AdoWorkItem,
  fromWorkItem,
  idempotencyTag,
  isTagValue,
  parseTags,
  requesterTag,
  toPatchDocument,
  wiqlByTag,
} from './adoWorkItem';
import { TicketBackendError } from './TicketBackendError';
import {
  clampTop,
  isTicketId,
  type Ticket,
  type TicketDraft,
  type TicketRequester,
  type TicketSystem,
} from './TicketSystem';

export interface AzureDevOpsTicketSystemOptions {
  /** `https://dev.azure.com/<org>` (or a loopback URL in tests); a trailing slash is ignored. */
  readonly organizationUrl: string;
  /** Project name or id. */
  readonly project: string;
  /** Work item type created; default `Issue`. */
  readonly workItemType?: string;
  /** Area path of new items; default: the project's default area. */
  readonly areaPath?: string;
  /** Name in the description footer, "Filed via <botName> for <requester>." (BOT_NAME); default "the assistant". */
  readonly botName?: string;
  /** A personal access token (sent as HTTP Basic with an empty user) or a source of Entra bearer tokens. */
  readonly auth: { pat: string } | { getToken(): Promise<string> };
  /** Per-request timeout; default 15 s. */
  readonly timeoutMs?: number;
  /** Longest wait before the one retry of a 429/5xx; a longer `Retry-After` fails at once. Default 10 s. */
  readonly maxRetryDelayMs?: number;
  /** Wait before the retry when the response has no `Retry-After`; default 1 s. */
  readonly defaultRetryDelayMs?: number;
}

const API_VERSION = '7.1';
/** Azure DevOps returns at most 200 work items per list call. */
const MAX_IDS_PER_LIST = 200;

interface Call {
  method: 'GET' | 'POST';
  url: string;
  body?: unknown;
  contentType?: string;
  /** What the call does, for error messages (never credentials or bodies). */
  what: string;
}

/**
 * Tickets as Azure DevOps work items (REST API 7.1, `fetch`). Requester, category, brand, component and the
 * idempotency key are tags; `create` first looks the `idem:<key>` tag up with WIQL, so a retried create returns
 * the existing item. Failures are `TicketBackendError`s: 401/403 → `ticket_backend_denied`; 429, 5xx, timeouts
 * and network errors → `ticket_backend_unavailable` after one retry that honours `Retry-After` (bounded by
 * `maxRetryDelayMs`); other statuses → `ticket_backend_rejected`. Requester ids and idempotency keys must match
 * `[A-Za-z0-9][A-Za-z0-9._@:-]*` (≤ 200 chars), else `ticket_backend_rejected` before any call.
 */
export class AzureDevOpsTicketSystem implements TicketSystem {
  private readonly base: string;
  private readonly projectBase: string;

  constructor(private readonly options: AzureDevOpsTicketSystemOptions) {
    this.base = options.organizationUrl.replace(/\/+$/, '');
    this.projectBase = `${this.base}/${encodeURIComponent(options.project)}`;
  }

  async create(draft: TicketDraft, requester: TicketRequester, idempotencyKey: string): Promise<Ticket> {
    requireTagValue(requester.id, 'requester id');
    requireTagValue(idempotencyKey, 'idempotency key');
    const type = encodeURIComponent(`$${this.options.workItemType ?? 'Issue'}`);
    for (let attempt = 0; ; attempt++) {
      const existing = (await this.queryByTag(idempotencyTag(idempotencyKey), 1))[0];
      if (existing) return existing;
      try {
        const item = await this.call<AdoWorkItem>(
          {
            method: 'POST',
            url: `${this.projectBase}/_apis/wit/workitems/${type}?api-version=${API_VERSION}`,
            body: toPatchDocument(
              draft,
              requester,
              idempotencyKey,
              this.options.areaPath,
              this.options.botName,
            ),
            contentType: 'application/json-patch+json',
            what: 'create work item',
          },
          false,
        );
        const ticket = item && fromWorkItem(item, this.projectBase);
        if (!ticket)
          throw new TicketBackendError('ticket_backend_rejected', 'create work item: unexpected response');
        return { ...ticket, ...(requester.name ? { requesterName: requester.name } : {}) };
      } catch (error) {
        // A create that failed as unavailable may still have happened: look the key up again, then retry once.
        if (
          attempt > 0 ||
          !(error instanceof TicketBackendError) ||
          error.code !== 'ticket_backend_unavailable'
        )
          throw error;
        await this.pauseBeforeRetry(error);
      }
    }
  }

  async get(id: number): Promise<Ticket | undefined> {
    if (!isTicketId(id)) return undefined;
    const item = await this.call<AdoWorkItem>({
      method: 'GET',
      url: `${this.projectBase}/_apis/wit/workitems/${id}?api-version=${API_VERSION}`,
      what: 'get work item',
    });
    if (!item || !this.inProject(item)) return undefined;
    return fromWorkItem(item, this.projectBase);
  }

  async listByRequester(requesterId: string, options: { top?: number } = {}): Promise<Ticket[]> {
    requireTagValue(requesterId, 'requester id');
    const tickets = await this.queryByTag(requesterTag(requesterId), clampTop(options.top));
    return tickets.filter((ticket) => ticket.requesterId === requesterId);
  }

  async close(): Promise<void> {}

  /** Items of this project carrying exactly `tag`, newest first, at most `top`. */
  private async queryByTag(tag: string, top: number): Promise<Ticket[]> {
    const result = await this.call<{ workItems?: { id?: unknown }[] }>({
      method: 'POST',
      url: `${this.projectBase}/_apis/wit/wiql?$top=${top}&api-version=${API_VERSION}`,
      body: { query: wiqlByTag(tag) },
      contentType: 'application/json',
      what: 'query work items',
    });
    const ids = (result?.workItems ?? [])
      .map((ref) => ref.id)
      .filter((id): id is number => Number.isSafeInteger(id))
      .slice(0, Math.min(top, MAX_IDS_PER_LIST));
    if (ids.length === 0) return [];
    const list = await this.call<{ value?: AdoWorkItem[] }>({
      method: 'GET',
      url: `${this.base}/_apis/wit/workitems?ids=${ids.join(',')}&errorPolicy=omit&api-version=${API_VERSION}`,
      what: 'list work items',
    });
    const byId = new Map<number, Ticket>();
    for (const item of list?.value ?? []) {
      // WIQL CONTAINS on tags is not trusted to be an exact match: check the tag (and project) here.
      if (!item || !this.inProject(item) || !parseTags(item.fields?.['System.Tags']).includes(tag)) continue;
      const ticket = fromWorkItem(item, this.projectBase);
      if (ticket) byId.set(ticket.id, ticket);
    }
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  private inProject(item: AdoWorkItem): boolean {
    const project = item.fields?.['System.TeamProject'];
    return typeof project !== 'string' || project.toLowerCase() === this.options.project.toLowerCase();
  }

  /**
   * One REST call; 404 resolves to `undefined`. With `retry`, a 429/5xx/network failure is retried once after
   * `Retry-After` (or the default delay).
   */
  private async call<T>(call: Call, retry = true): Promise<T | undefined> {
    try {
      return await this.callOnce<T>(call);
    } catch (error) {
      if (!retry || !(error instanceof TicketBackendError) || error.code !== 'ticket_backend_unavailable')
        throw error;
      await this.pauseBeforeRetry(error);
      return this.callOnce<T>(call);
    }
  }

  private async callOnce<T>(call: Call): Promise<T | undefined> {
    const authorization = await this.authorization();
    let response: Response;
    try {
      response = await fetch(call.url, {
        method: call.method,
        headers: {
          Accept: 'application/json',
          Authorization: authorization,
          ...(call.contentType ? { 'Content-Type': call.contentType } : {}),
        },
        ...(call.body !== undefined ? { body: JSON.stringify(call.body) } : {}),
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 15_000),
      });
    } catch (error) {
      const reason = error instanceof Error && error.name === 'TimeoutError' ? 'timed out' : 'network error';
      throw new TicketBackendError('ticket_backend_unavailable', `${call.what}: ${reason}`);
    }
    if (response.ok) return (await response.json()) as T;
    await response.body?.cancel();
    const status = response.status;
    if (status === 404) return undefined;
    const what = `${call.what}: HTTP ${status}`;
    if (status === 401 || status === 403)
      throw new TicketBackendError('ticket_backend_denied', what, { status });
    if (status === 429 || status >= 500) {
      const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
      throw new TicketBackendError('ticket_backend_unavailable', what, {
        status,
        ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
      });
    }
    throw new TicketBackendError('ticket_backend_rejected', what, { status });
  }

  private async pauseBeforeRetry(error: TicketBackendError): Promise<void> {
    const requested = error.retryAfterMs;
    const max = this.options.maxRetryDelayMs ?? 10_000;
    if (requested !== undefined && requested > max) throw error;
    const delay = requested ?? this.options.defaultRetryDelayMs ?? 1000;
    await new Promise((resolve) => setTimeout(resolve, delay));
  }

  private async authorization(): Promise<string> {
    const { auth } = this.options;
    if ('pat' in auth) return `Basic ${Buffer.from(`:${auth.pat}`).toString('base64')}`;
    try {
      return `Bearer ${await auth.getToken()}`;
    } catch {
      throw new TicketBackendError('ticket_backend_denied', 'could not get an access token');
    }
  }
}

/** `Retry-After` in ms: delta-seconds or an HTTP date; `undefined` when absent or unreadable. */
function parseRetryAfter(header: string | null): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

function requireTagValue(value: string, what: string): void {
  if (!isTagValue(value))
    throw new TicketBackendError('ticket_backend_rejected', `${what} has an unsupported format`);
}
