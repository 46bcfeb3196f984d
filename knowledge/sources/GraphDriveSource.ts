import path from 'node:path';
import type { Client } from '@microsoft/microsoft-graph-client';
import { DEFAULT_GRAPH_BASE_URL, graphApiPath } from '../graph/createGraphClient';
import type { GraphDriveItem, GraphPage } from '../graph/graphTypes';
import { statusOf, withGraphRetry, type GraphRetryOptions } from '../graph/withGraphRetry';
import type { ChangeFeedSource, ChangePage } from './ChangeFeedSource';
import { SUPPORTED_EXTENSIONS } from './FolderSource';
import {
  parseDriveCheckpoint,
  serialiseDriveCheckpoint,
  withDriveLink,
  type DriveCheckpoint,
} from './graph/driveCheckpoint';
import { driveItemToSource, type DriveItemContext } from './graph/driveItemToSource';
import { DEFAULT_MAX_DOWNLOAD_BYTES } from './graph/downloadContent';
import { graphDocId, graphDrivePrefix, type GraphSourceItem } from './graph/GraphSourceItem';

export interface GraphDriveConfig {
  readonly driveId: string;
  /** Brand of every document of the drive (default: the ingest's default, `group`). */
  readonly brand?: string;
  /** BCP 47 language of every document of the drive (default `en`). */
  readonly language?: string;
}

export interface GraphDriveSourceOptions {
  readonly client: Client;
  readonly drives: readonly GraphDriveConfig[];
  /** Base URL the client was created with (links are followed only within it); default Graph's. */
  readonly baseUrl?: string;
  /** Checkpoint key; default `graph`. */
  readonly name?: string;
  readonly retry?: GraphRetryOptions;
  /** Cap on one file's download; default 50 MB (a larger file fails to read, so the ingest drops it). */
  readonly maxDownloadBytes?: number;
  /** Clock in ms (permission read times); default `Date.now`. */
  readonly now?: () => number;
}

/**
 * Sharing changes appear in delta as changed items, items the app lost access to as deleted, and items
 * below a permission gap are still enumerated (documented `Prefer` values of driveItem delta).
 */
/** Most `410 Gone` restarts of one drive's enumeration in one run. */
const MAX_RESTARTS = 3;
const DELTA_PREFER = 'deltashowremovedasdeleted, deltatraversepermissiongaps, deltashowsharingchanges';

/**
 * SharePoint / OneDrive drives as a change feed, through Graph `driveItem: delta`.
 * Per drive: resumes from the checkpoint's link, else enumerates from `GET /drives/{id}/root/delta`
 * (first run, `410 Gone`, or a crash during a full enumeration), following `@odata.nextLink` pages.
 * A full enumeration is a resync: `started` on its first page, `completed` on its last, `resyncPrefix`
 * `graph:<driveId>:`, so the ingest removes documents the drive no longer has. Mid-resync pages keep the
 * drive without a link, so a crash restarts the enumeration rather than losing the resync's bookkeeping.
 * Items: doc id `graph:<driveId>:<itemId>`; folders, the root and packages are skipped; `deleted` items and
 * files whose extension is not supported are deletes; every file's permissions are read and mapped
 * (fail closed) and its `version` is `cTag|accessDigest`, so a permission change is a new version.
 * A drive removed from `drives` is resynced to empty (its documents are deleted).
 */
export class GraphDriveSource implements ChangeFeedSource {
  readonly name: string;
  readonly docIdPrefix = 'graph:';
  private readonly baseUrl: string;

  constructor(private readonly options: GraphDriveSourceOptions) {
    this.name = options.name ?? 'graph';
    this.baseUrl = (options.baseUrl ?? DEFAULT_GRAPH_BASE_URL).replace(/\/+$/, '');
  }

  async *changes(checkpoint: string | undefined): AsyncIterable<ChangePage> {
    let state = parseDriveCheckpoint(checkpoint);
    const configured = new Set(this.options.drives.map((drive) => drive.driveId));
    for (const driveId of Object.keys(state.drives).filter((id) => !configured.has(id))) {
      state = withDriveLink(state, driveId);
      const empty = { upserts: [], deletes: [], checkpoint: serialiseDriveCheckpoint(state) };
      const resyncPrefix = graphDrivePrefix(driveId);
      yield { ...empty, resync: 'started', resyncPrefix };
      yield { ...empty, resync: 'completed', resyncPrefix };
    }
    for (const drive of this.options.drives) {
      for await (const page of this.driveChanges(drive, state)) {
        state = page.state;
        yield page.page;
      }
    }
  }

  private async *driveChanges(
    drive: GraphDriveConfig,
    initial: DriveCheckpoint,
  ): AsyncIterable<{ page: ChangePage; state: DriveCheckpoint }> {
    const rootDelta = `/drives/${encodeURIComponent(drive.driveId)}/root/delta`;
    let state = initial;
    let link: string | undefined = state.drives[drive.driveId];
    let resync = link === undefined;
    let first = true;
    let restarts = 0;
    let next: string | undefined = link ?? rootDelta;
    while (next !== undefined) {
      let response: GraphPage<GraphDriveItem>;
      try {
        response = await this.getDeltaPage(next);
      } catch (error) {
        if (statusOf(error) !== 410 || (resync && first) || restarts >= MAX_RESTARTS) throw error;
        // The token expired (resyncRequired): enumerate everything again, as a resync.
        restarts += 1;
        state = withDriveLink(state, drive.driveId);
        [resync, first, next] = [true, true, rootDelta];
        continue;
      }
      const nextLink = response['@odata.nextLink'];
      const deltaLink = response['@odata.deltaLink'];
      if (nextLink === undefined && deltaLink === undefined) {
        throw new Error(`delta page of drive ${drive.driveId} has neither nextLink nor deltaLink`);
      }
      const last = nextLink === undefined;
      link = last ? deltaLink : resync ? undefined : nextLink;
      state = withDriveLink(state, drive.driveId, link);
      const items = await this.convert(drive, response.value ?? []);
      const page: ChangePage = { ...items, checkpoint: serialiseDriveCheckpoint(state) };
      const resyncPrefix = graphDrivePrefix(drive.driveId);
      if (resync && first) {
        yield { page: { ...page, resync: 'started', resyncPrefix }, state };
        if (last) {
          const done = { upserts: [], deletes: [], checkpoint: page.checkpoint };
          yield { page: { ...done, resync: 'completed', resyncPrefix }, state };
        }
      } else if (resync && last) {
        yield { page: { ...page, resync: 'completed', resyncPrefix }, state };
      } else {
        yield { page, state };
      }
      first = false;
      next = nextLink;
    }
  }

  private async getDeltaPage(link: string): Promise<GraphPage<GraphDriveItem>> {
    const apiPath = graphApiPath(link, this.baseUrl);
    return (await withGraphRetry(
      () => this.options.client.api(apiPath).header('Prefer', DELTA_PREFER).get(),
      this.options.retry ?? {},
    )) as GraphPage<GraphDriveItem>;
  }

  /** Turns one delta page's items into upserts and deletes (permissions read a few at a time). */
  private async convert(
    drive: GraphDriveConfig,
    items: readonly GraphDriveItem[],
  ): Promise<{ upserts: GraphSourceItem[]; deletes: string[]; warnings: string[] }> {
    const context: DriveItemContext = {
      client: this.options.client,
      baseUrl: this.baseUrl,
      driveId: drive.driveId,
      ...(drive.brand === undefined ? {} : { brand: drive.brand }),
      ...(drive.language === undefined ? {} : { language: drive.language }),
      retry: this.options.retry ?? {},
      maxDownloadBytes: this.options.maxDownloadBytes ?? DEFAULT_MAX_DOWNLOAD_BYTES,
      now: this.options.now ?? Date.now,
    };
    const deletes: string[] = [];
    const warnings: string[] = [];
    const files: GraphDriveItem[] = [];
    for (const item of items) {
      if (typeof item?.id !== 'string' || item.id === '') continue;
      if (item.deleted) deletes.push(graphDocId(drive.driveId, item.id));
      else if (item.folder || item.root || item.package || !item.file) continue;
      else if (!isSupported(item.name)) deletes.push(graphDocId(drive.driveId, item.id));
      else files.push(item);
    }
    const converted = await mapLimit(files, 4, (item) => driveItemToSource(context, item, warnings));
    const upserts: GraphSourceItem[] = [];
    files.forEach((file, i) => {
      const result = converted[i];
      if (result === 'gone') deletes.push(graphDocId(drive.driveId, file.id));
      else if (result) upserts.push(result);
    });
    return { upserts, deletes, warnings };
  }
}

function isSupported(name: string | undefined): boolean {
  return name !== undefined && SUPPORTED_EXTENSIONS.includes(path.extname(name).toLowerCase());
}

/** `map` with at most `limit` calls in flight; results in input order; the first rejection rejects. */
async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let cursor = 0;
  const worker = async (): Promise<void> => {
    while (cursor < items.length) {
      const index = cursor++;
      results[index] = await fn(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
