import path from 'node:path';
import type { Client } from '@microsoft/microsoft-graph-client';
import { statusOf, withGraphRetry, type GraphRetryOptions } from '../../knowledge/graph/withGraphRetry';
import { FileReportStore, readJson, writeAtomic } from './FileReportStore';
import type { Report } from './Report';
import { isReportId } from './reportId';
import type { ReportExport, ReportFile, ReportStore } from './ReportStore';
import { ReportStoreError } from './ReportStoreError';
import { SingleFlight } from './SingleFlight';

/** Folder of the author's OneDrive (under the drive root) that receives exported reports. */
export const ONEDRIVE_REPORT_FOLDER = 'Reports';
/** Largest file sent with a simple upload (`PUT .../content`); larger files are refused. */
export const MAX_SIMPLE_UPLOAD_BYTES = 4 * 1024 * 1024;

const CONTENT_TYPES = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  markdown: 'text/markdown',
} as const;
type Format = keyof typeof CONTENT_TYPES;

/** A driveItem as stored after its upload. */
interface UploadedItem {
  readonly id: string;
  readonly name: string;
  readonly webUrl: string;
}
/** `onedrive.json` in the report's folder: each file once uploaded (written after each upload). */
type UploadState = Partial<Record<Format, UploadedItem>>;

export interface GraphReportStoreOptions {
  /** Folder of drafts and of the local copy of exports, as for `FileReportStore` (e.g. `DATA_DIR/reports`). */
  readonly dir: string;
  /** A Graph client from `createGraphClient` (app-only token with `Files.ReadWrite.All`). */
  readonly client: Client;
  /** Retry limits and seams of every upload (`withGraphRetry`); defaults as there. */
  readonly retry?: GraphRetryOptions;
}

/**
 * The production report store: drafts, rendering and a local copy of the exported files are the
 * `FileReportStore`'s (under `dir`); `export(id)` then uploads the .docx and the Markdown file to the report
 * author's OneDrive with `PUT /users/{authorId}/drive/root:/Reports/{name}:/content`
 * (`@microsoft.graph.conflictBehavior=rename`, so an existing file is never overwritten), each call retried by
 * `withGraphRetry`, and returns the export with the driveItems' `webUrl`s (OneDrive enforces its own
 * permissions on them). Each uploaded item is recorded in `<dir>/<id>/onedrive.json` as soon as it is
 * uploaded: `export` is idempotent (a completed export is returned as is, with no upload; a retry after a
 * partial failure uploads only what is missing) and `getExport` sees an export only once both files are up.
 * Files over {@link MAX_SIMPLE_UPLOAD_BYTES} are refused (`report_too_large`; reports are far smaller).
 * Graph failures become `ReportStoreError`: 401, 403 and 404 (no permission, no OneDrive)
 * `report_store_denied`; anything else, after retries, `report_store_unavailable`. Rejects with a plain
 * Error when the draft does not exist or has no author.
 */
export class GraphReportStore implements ReportStore {
  private readonly files: FileReportStore;
  private readonly dir: string;
  private readonly client: Client;
  private readonly retry: GraphRetryOptions;
  private readonly exporting = new SingleFlight<ReportExport>();

  constructor(options: GraphReportStoreOptions) {
    this.dir = path.resolve(options.dir);
    this.files = new FileReportStore({ dir: this.dir });
    this.client = options.client;
    this.retry = options.retry ?? {};
  }

  saveDraft(report: Report): Promise<void> {
    return this.files.saveDraft(report);
  }

  getDraft(id: string): Promise<Report | undefined> {
    return this.files.getDraft(id);
  }

  async getExport(id: string): Promise<ReportExport | undefined> {
    const state = await this.uploads(id);
    if (!state?.docx || !state.markdown) return undefined;
    const local = await this.files.getExport(id);
    if (!local) return undefined;
    return {
      docxPath: drivePath(state.docx.name),
      markdownPath: drivePath(state.markdown.name),
      files: local.files,
      webUrls: { docx: state.docx.webUrl, markdown: state.markdown.webUrl },
    };
  }

  /** Concurrent calls for one id in this process share one run. */
  export(id: string): Promise<ReportExport> {
    return this.exporting.run(id, () => this.exportOnce(id));
  }

  private async exportOnce(id: string): Promise<ReportExport> {
    const existing = await this.getExport(id);
    if (existing) return existing;
    const report = await this.files.getDraft(id);
    if (!report) throw new Error('GraphReportStore: no such report');
    if (!report.authorId) throw new Error('GraphReportStore: the report has no author');
    const local = await this.files.export(id);
    const state: UploadState = { ...(await this.uploads(id)) };
    const formats: [Format, ReportFile | undefined][] = [
      ['docx', local.files[0]],
      ['markdown', local.files[1]],
    ];
    for (const [format, file] of formats) {
      if (state[format]) continue;
      if (!file) throw new Error('GraphReportStore: the export has no file');
      state[format] = await this.upload(report.authorId, file, format);
      await writeAtomic(this.stateFile(id) as string, JSON.stringify(state));
    }
    return (await this.getExport(id)) as ReportExport;
  }

  private async upload(userId: string, file: ReportFile, format: Format): Promise<UploadedItem> {
    if (file.bytes.length > MAX_SIMPLE_UPLOAD_BYTES) throw new ReportStoreError('report_too_large');
    const apiPath = `/users/${encodeURIComponent(userId)}/drive/root:/${ONEDRIVE_REPORT_FOLDER}/${encodeURIComponent(file.name)}:/content`;
    let item: unknown;
    try {
      item = await withGraphRetry(
        () =>
          this.client
            .api(apiPath)
            .query({ '@microsoft.graph.conflictBehavior': 'rename' })
            .header('Content-Type', CONTENT_TYPES[format])
            .put(file.bytes),
        this.retry,
      );
    } catch (error) {
      const status = statusOf(error);
      const denied = status === 401 || status === 403 || status === 404;
      throw new ReportStoreError(denied ? 'report_store_denied' : 'report_store_unavailable', status);
    }
    const { id, name, webUrl } = (item ?? {}) as Partial<Record<keyof UploadedItem, unknown>>;
    if (typeof id !== 'string' || typeof name !== 'string' || typeof webUrl !== 'string')
      throw new ReportStoreError('report_store_unavailable');
    return { id, name, webUrl };
  }

  private async uploads(id: string): Promise<UploadState | undefined> {
    const file = this.stateFile(id);
    return file ? readJson<UploadState>(file) : undefined;
  }

  /** `<dir>/<id>/onedrive.json`, or undefined for a malformed id. */
  private stateFile(id: string): string | undefined {
    return isReportId(id) ? path.join(this.dir, id, 'onedrive.json') : undefined;
  }
}

/** Where a file landed in the author's drive, e.g. `/drive/root:/Reports/brake-report (1).docx`. */
function drivePath(name: string): string {
  return `/drive/root:/${ONEDRIVE_REPORT_FOLDER}/${name}`;
}
