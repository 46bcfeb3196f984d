import type { Client } from '@microsoft/microsoft-graph-client';
import { EVERYONE, groupPrincipal, isPrincipal, userPrincipal, type Principal } from '../access/Principal';
import { DEFAULT_GRAPH_BASE_URL } from '../graph/createGraphClient';
import { readAllPages } from '../graph/readAllPages';
import { statusOf, withGraphRetry, type GraphRetryOptions } from '../graph/withGraphRetry';
import type { Directory } from './Directory';
import { DirectoryUnavailableError } from './DirectoryUnavailableError';

export interface GraphDirectoryOptions {
  readonly client: Client;
  /** Base URL the client was created with (paging links are followed only within it); default Graph's. */
  readonly baseUrl?: string;
  /** How long a user's principals and name are reused; default 5 minutes. */
  readonly ttlMs?: number;
  /** Most users kept in the cache (oldest dropped first); default 10 000. */
  readonly maxEntries?: number;
  readonly retry?: GraphRetryOptions;
  /** Clock in ms; default `Date.now`. */
  readonly now?: () => number;
}

interface Entry<T> {
  readonly expires: number;
  readonly value: Promise<T>;
}

/**
 * The production Directory: group membership from Microsoft Graph, never from a token's `groups` claim
 * (which overflows past ~200 groups). `principalsFor` = `user:<id>`, `everyone` and `group:<id>` for every
 * group of `GET /users/{id}/transitiveMemberOf/microsoft.graph.group?$select=id&$top=999`, all pages.
 * A user Graph does not know (404) gets only `user:<id>` (fail closed: not `everyone`); a malformed id
 * gets nothing. Results
 * are cached per user for `ttlMs`; concurrent calls for one user share one fetch; failures are not cached.
 * When membership cannot be read (after retries) it throws DirectoryUnavailableError, never a partial list.
 */
export class GraphDirectory implements Directory {
  private readonly principals = new Map<string, Entry<Principal[]>>();
  private readonly names = new Map<string, Entry<string | undefined>>();
  private readonly baseUrl: string;
  private readonly now: () => number;

  constructor(private readonly options: GraphDirectoryOptions) {
    this.baseUrl = (options.baseUrl ?? DEFAULT_GRAPH_BASE_URL).replace(/\/+$/, '');
    this.now = options.now ?? Date.now;
  }

  async principalsFor(userId: string): Promise<Principal[]> {
    if (!isPrincipal(userPrincipal(userId))) return [];
    return [...(await this.cached(this.principals, userId, () => this.fetchPrincipals(userId)))];
  }

  /** The user's `displayName`; undefined when unknown or when Graph fails (failures are not cached). */
  async displayName(userId: string): Promise<string | undefined> {
    if (!isPrincipal(userPrincipal(userId))) return undefined;
    return this.cached(this.names, userId, () => this.fetchName(userId)).catch(() => undefined);
  }

  private cached<T>(cache: Map<string, Entry<T>>, key: string, load: () => Promise<T>): Promise<T> {
    const hit = cache.get(key);
    if (hit && hit.expires > this.now()) return hit.value;
    const value = load();
    cache.delete(key);
    cache.set(key, { expires: this.now() + (this.options.ttlMs ?? 5 * 60_000), value });
    value.catch(() => {
      if (cache.get(key)?.value === value) cache.delete(key);
    });
    const max = this.options.maxEntries ?? 10_000;
    for (const oldest of cache.keys()) {
      if (cache.size <= max) break;
      cache.delete(oldest);
    }
    return value;
  }

  private async fetchPrincipals(userId: string): Promise<Principal[]> {
    const path = `/users/${encodeURIComponent(userId)}/transitiveMemberOf/microsoft.graph.group?$select=id&$top=999`;
    let groups: { id?: unknown }[];
    try {
      groups = await readAllPages<{ id?: unknown }>(this.context(), path);
    } catch (error) {
      // Fail closed: someone the tenant's directory does not know (a guest of another tenant, a deleted
      // account) is not an employee, so documents for everyone are not theirs either.
      if (statusOf(error) === 404) return [userPrincipal(userId)];
      throw new DirectoryUnavailableError(`group membership of ${userId} could not be read from Graph`, {
        cause: error,
      });
    }
    const ids = new Set<Principal>();
    for (const group of groups) {
      if (typeof group.id !== 'string' || !isPrincipal(groupPrincipal(group.id))) {
        throw new DirectoryUnavailableError(`Graph returned a group without a valid id for ${userId}`);
      }
      ids.add(groupPrincipal(group.id));
    }
    return [userPrincipal(userId), EVERYONE, ...[...ids].sort()];
  }

  private async fetchName(userId: string): Promise<string | undefined> {
    const user = (await withGraphRetry(
      () =>
        this.options.client
          .api(`/users/${encodeURIComponent(userId)}`)
          .select('displayName')
          .get(),
      this.options.retry ?? {},
    )) as { displayName?: unknown };
    return typeof user.displayName === 'string' ? user.displayName : undefined;
  }

  private context() {
    return { client: this.options.client, baseUrl: this.baseUrl, retry: this.options.retry ?? {} };
  }
}
