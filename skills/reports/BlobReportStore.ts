import type { ContainerClient } from '@azure/storage-blob';
import { storageStatus } from '../storage/storageStatus';
import type { Report } from './Report';
import { isReportId } from './reportId';
import type { ReportExport, ReportStore } from './ReportStore';
import { renderReportDocx } from './renderReportDocx';
import { renderReportMarkdown } from './renderReportMarkdown';
import { reportFileStem } from './reportFileStem';

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
  private readonly exporting = new Map<string, Promise<ReportExport>>();
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
    const running = this.exporting.get(id);
    if (running) return running;
    const started = this.exportOnce(id).finally(() => this.exporting.delete(id));
    this.exporting.set(id, started);
    return started;
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
