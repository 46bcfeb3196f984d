import type { Report } from './Report';

/** One exported file. */
export interface ReportFile {
  /** File name shown to the reader, e.g. `brake-system-validation.docx`. */
  readonly name: string;
  /** The file's content. */
  readonly bytes: Buffer;
}

/** Where an exported report lives: one .docx and one Markdown file. */
export interface ReportExport {
  /** Store-specific location of the .docx (a file path for the file store, a drive item path for OneDrive). */
  readonly docxPath: string;
  readonly markdownPath: string;
  /** The .docx first, then the Markdown file. */
  readonly files: readonly ReportFile[];
  /**
   * Where readers open the files when the store keeps them in a service with its own permissions (OneDrive:
   * the driveItems' `webUrl`s); absent for the file store, whose files the bot serves itself.
   */
  readonly webUrls?: { readonly docx: string; readonly markdown: string };
}

/**
 * The report storage seam. Implementations: `FileReportStore` (embedded default, under `DATA_DIR/reports/`) and
 * `GraphReportStore` (exports to the author's OneDrive through Microsoft Graph). Contract: ids are checked with `isReportId` before any use (a
 * malformed id is simply not found, never a path); `export` is idempotent (a second call returns the first
 * export unchanged); a failed write leaves no partial file visible.
 */
export interface ReportStore {
  /** Stores (or replaces) a draft under `report.id`. Rejects for a malformed id. */
  saveDraft(report: Report): Promise<void>;
  /** The draft, or undefined when absent or the id is malformed. */
  getDraft(id: string): Promise<Report | undefined>;
  /** Renders and stores the .docx and Markdown files of draft `id`. Rejects when the draft does not exist. */
  export(id: string): Promise<ReportExport>;
  /** The earlier export of `id`, or undefined when it was never exported (or the id is malformed). */
  getExport(id: string): Promise<ReportExport | undefined>;
}
