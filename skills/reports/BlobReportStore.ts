import type { ContainerClient } from '@azure/storage-blob';
import { storageStatus } from '../storage/storageStatus';
import type { Report } from './Report';
import { isReportId } from './reportId';
import type { ReportExport, ReportStore } from './ReportStore';
import { renderReportDocx } from './renderReportDocx';
import { renderReportMarkdown } from './renderReportMarkdown';
import { reportFileStem } from './reportFileStem';
import { SingleFlight } from './SingleFlight';

export interface BlobReportStoreOptions {
  /** The private container (e.g. `reports`), created on first use; shared by every instance. */
  readonly container: ContainerClient;
}

/**
 * `ReportStore` in Azure Blob Storage, shared by every instance: blobs `<id>/draft.json` and, once exported,
 * `<id>/<stem>.docx`, `<id>/<stem>.md` and `<id>/export.json` (the names; written last, so an export is visible
 * only when complete). Every export blob is written only if absent (If-None-Match: *), so two instances
 * exporting one report at once both end up returning the files stored first: an export never changes once
 * visible. A blob upload is atomic (a failed one leaves nothing). Ids must pass `isReportId`, so no id names
 * another blob. The bot serves the files itself (no `webUrls`); `docxPath`/`markdownPath` are blob names.
 */
export class BlobReportStore implements ReportStore {
  private readonly container: ContainerClient;
  private readonly exporting = new SingleFlight<ReportExport>();
  private creating: Promise<unknown> | undefined;

  constructor(options: BlobReportStoreOptions) {
    this.container = options.container;
  }

  async saveDraft(report: Report): Promise<void> {
    if (!isReportId(report.id)) throw new Error('BlobReportStore: malformed report id');
    await this.ready();
    const body = JSON.stringify(report);
    await this.container
      .getBlockBlobClient(`${report.id}/draft.json`)
      .upload(body, Buffer.byteLength(body), { blobHTTPHeaders: { blobContentType: 'application/json' } });
  }

  async getDraft(id: string): Promise<Report | undefined> {
    if (!isReportId(id)) return undefined;
    const bytes = await this.read(`${id}/draft.json`);
    return bytes ? (JSON.parse(bytes.toString('utf8')) as Report) : undefined;
  }

  async getExport(id: string): Promise<ReportExport | undefined> {
    if (!isReportId(id)) return undefined;
    const names = await this.read(`${id}/export.json`);
    if (!names) return undefined;
    const { docx, markdown } = JSON.parse(names.toString('utf8')) as { docx: string; markdown: string };
    const [docxBytes, markdownBytes] = await Promise.all([
      this.read(`${id}/${docx}`),
      this.read(`${id}/${markdown}`),
    ]);
    if (!docxBytes || !markdownBytes) throw new Error('BlobReportStore: an exported file is missing');
    return {
      docxPath: `${id}/${docx}`,
      markdownPath: `${id}/${markdown}`,
      files: [
        { name: docx, bytes: docxBytes },
        { name: markdown, bytes: markdownBytes },
      ],
    };
  }

  /** Concurrent calls for one id in this process share one run. */
  export(id: string): Promise<ReportExport> {
    return this.exporting.run(id, () => this.exportOnce(id));
  }

  /**
   * Retention: removes every report (all its blobs) whose blobs were all last modified before `cutoff`;
   * resolves with how many reports were removed.
   */
  async purgeBefore(cutoff: Date): Promise<number> {
    let removed = 0;
    for (const blobs of (await this.reportBlobs()).values()) {
      if (blobs.every((blob) => blob.modified < cutoff)) {
        await this.removeBlobs(blobs.map((blob) => blob.name));
        removed += 1;
      }
    }
    return removed;
  }

  /** The drafts `userId` wrote, each with the names of its exported files (if exported). */
  async recordsAbout(userId: string): Promise<Record<string, unknown>[]> {
    const found: Record<string, unknown>[] = [];
    for (const [id, blobs] of await this.reportBlobs()) {
      const draft = await this.getDraft(id);
      if (draft?.authorId !== userId) continue;
      const files = blobs
        .map((blob) => blob.name.slice(id.length + 1))
        .filter((name) => /\.(docx|md)$/.test(name));
      found.push({ draft, ...(files.length > 0 ? { exportedFiles: files } : {}) });
    }
    return found;
  }

  /** Removes every report `userId` wrote (all its blobs); resolves with how many. */
  async eraseUser(userId: string): Promise<number> {
    let removed = 0;
    for (const [id, blobs] of await this.reportBlobs()) {
      if ((await this.getDraft(id))?.authorId !== userId) continue;
      await this.removeBlobs(blobs.map((blob) => blob.name));
      removed += 1;
    }
    return removed;
  }

  /** The container's blobs grouped by report id (`<id>/...`, valid ids only). */
  private async reportBlobs(): Promise<Map<string, { name: string; modified: Date }[]>> {
    const byId = new Map<string, { name: string; modified: Date }[]>();
    try {
      for await (const blob of this.container.listBlobsFlat()) {
        const id = blob.name.split('/')[0] ?? '';
        if (!isReportId(id)) continue;
        byId.set(id, [...(byId.get(id) ?? []), { name: blob.name, modified: blob.properties.lastModified }]);
      }
    } catch (error) {
      if (storageStatus(error) === 404) return byId;
      throw error;
    }
    return byId;
  }

  private async removeBlobs(names: readonly string[]): Promise<void> {
    for (const name of names)
      await this.container.deleteBlob(name, { deleteSnapshots: 'include' }).catch((error: unknown) => {
        if (storageStatus(error) !== 404) throw error;
      });
  }

  private async exportOnce(id: string): Promise<ReportExport> {
    const existing = await this.getExport(id);
    if (existing) return existing;
    const report = await this.getDraft(id);
    if (!report) throw new Error('BlobReportStore: no such report');
    const stem = reportFileStem(report.title);
    await this.createOnce(`${id}/${stem}.docx`, await renderReportDocx(report));
    await this.createOnce(`${id}/${stem}.md`, Buffer.from(renderReportMarkdown(report), 'utf8'));
    await this.createOnce(
      `${id}/export.json`,
      Buffer.from(JSON.stringify({ docx: `${stem}.docx`, markdown: `${stem}.md` })),
    );
    return (await this.getExport(id)) as ReportExport;
  }

  /** Uploads `name` unless it exists (another instance wrote it first: theirs stays). */
  private async createOnce(name: string, bytes: Buffer): Promise<void> {
    try {
      await this.container.getBlockBlobClient(name).uploadData(bytes, { conditions: { ifNoneMatch: '*' } });
    } catch (error) {
      const status = storageStatus(error);
      if (status !== 409 && status !== 412) throw error;
    }
  }

  /** The blob's bytes, or undefined when it (or the container) does not exist. */
  private async read(name: string): Promise<Buffer | undefined> {
    try {
      return await this.container.getBlockBlobClient(name).downloadToBuffer();
    } catch (error) {
      if (storageStatus(error) === 404) return undefined;
      throw error;
    }
  }

  private async ready(): Promise<void> {
    this.creating ??= this.container.createIfNotExists().catch((error: unknown) => {
      this.creating = undefined;
      throw error;
    });
    await this.creating;
  }
}
