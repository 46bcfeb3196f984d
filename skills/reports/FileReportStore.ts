import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Report } from './Report';
import { isReportId } from './reportId';
import type { ReportExport, ReportStore } from './ReportStore';
import { renderReportDocx } from './renderReportDocx';
import { renderReportMarkdown } from './renderReportMarkdown';
import { reportFileStem } from './reportFileStem';
import { SingleFlight } from './SingleFlight';

/**
 * The embedded report store: one folder per report under `dir` (e.g. `DATA_DIR/reports/<id>/`) holding
 * `draft.json` and, once exported, `<stem>.docx`, `<stem>.md` and `export.json` (written last, so an export is
 * visible only when complete). Every file is written to a temporary name and renamed (atomic on one file
 * system). Ids must pass `isReportId`, so no id can name a path outside `dir`.
 */
export class FileReportStore implements ReportStore {
  private readonly dir: string;
  private readonly exporting = new SingleFlight<ReportExport>();

  constructor(options: { dir: string }) {
    this.dir = path.resolve(options.dir);
  }

  async saveDraft(report: Report): Promise<void> {
    const folder = this.folder(report.id);
    if (!folder) throw new Error('FileReportStore: malformed report id');
    await fs.mkdir(folder, { recursive: true, mode: 0o700 });
    await writeAtomic(path.join(folder, 'draft.json'), JSON.stringify(report));
  }

  async getDraft(id: string): Promise<Report | undefined> {
    const folder = this.folder(id);
    return folder ? readJson<Report>(path.join(folder, 'draft.json')) : undefined;
  }

  async getExport(id: string): Promise<ReportExport | undefined> {
    const folder = this.folder(id);
    const names = folder
      ? await readJson<{ docx: string; markdown: string }>(path.join(folder, 'export.json'))
      : undefined;
    if (!folder || !names) return undefined;
    const docxPath = path.join(folder, path.basename(names.docx));
    const markdownPath = path.join(folder, path.basename(names.markdown));
    const [docx, markdown] = await Promise.all([fs.readFile(docxPath), fs.readFile(markdownPath)]);
    return {
      docxPath,
      markdownPath,
      files: [
        { name: path.basename(docxPath), bytes: docx },
        { name: path.basename(markdownPath), bytes: markdown },
      ],
    };
  }

  /** Concurrent calls for one id in this process share one run. */
  export(id: string): Promise<ReportExport> {
    return this.exporting.run(id, () => this.exportOnce(id));
  }

  private async exportOnce(id: string): Promise<ReportExport> {
    const existing = await this.getExport(id);
    if (existing) return existing;
    const report = await this.getDraft(id);
    const folder = this.folder(id);
    if (!report || !folder) throw new Error('FileReportStore: no such report');
    const stem = reportFileStem(report.title);
    const docx = await renderReportDocx(report);
    const markdown = Buffer.from(renderReportMarkdown(report), 'utf8');
    await writeAtomic(path.join(folder, `${stem}.docx`), docx);
    await writeAtomic(path.join(folder, `${stem}.md`), markdown);
    await writeAtomic(
      path.join(folder, 'export.json'),
      JSON.stringify({ docx: `${stem}.docx`, markdown: `${stem}.md` }),
    );
    return (await this.getExport(id)) as ReportExport;
  }

  /**
   * Retention: removes every report (draft and exported files) whose folder was last written before `cutoff`;
   * resolves with how many reports were removed.
   */
  async purgeBefore(cutoff: Date): Promise<number> {
    let removed = 0;
    for (const id of await this.ids()) {
      const folder = path.join(this.dir, id);
      const files = await fs.readdir(folder);
      const times = await Promise.all(
        files.map(async (name) => (await fs.stat(path.join(folder, name))).mtimeMs),
      );
      if (Math.max(0, ...times) < cutoff.getTime()) {
        await fs.rm(folder, { recursive: true, force: true });
        removed += 1;
      }
    }
    return removed;
  }

  /** The drafts `userId` wrote, each with the names of its exported files (if exported). */
  async recordsAbout(userId: string): Promise<Record<string, unknown>[]> {
    const found: Record<string, unknown>[] = [];
    for (const id of await this.ids()) {
      const draft = await this.getDraft(id);
      if (draft?.authorId !== userId) continue;
      const exported = await readJson<{ docx: string; markdown: string }>(
        path.join(this.dir, id, 'export.json'),
      );
      found.push({ draft, ...(exported ? { exportedFiles: [exported.docx, exported.markdown] } : {}) });
    }
    return found;
  }

  /** Removes every report `userId` wrote (draft and exported files); resolves with how many. */
  async eraseUser(userId: string): Promise<number> {
    let removed = 0;
    for (const id of await this.ids()) {
      if ((await this.getDraft(id))?.authorId !== userId) continue;
      await fs.rm(path.join(this.dir, id), { recursive: true, force: true });
      removed += 1;
    }
    return removed;
  }

  /** Ids of the stored reports (folders with a valid id). */
  private async ids(): Promise<string[]> {
    try {
      return (await fs.readdir(this.dir, { withFileTypes: true }))
        .filter((entry) => entry.isDirectory() && isReportId(entry.name))
        .map((entry) => entry.name);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
  }

  /** The report's folder, or undefined for a malformed id. */
  private folder(id: string): string | undefined {
    return isReportId(id) ? path.join(this.dir, id) : undefined;
  }
}

/** Writes `file` through a temporary name and a rename (atomic on one file system); owner-only permissions. */
export async function writeAtomic(file: string, data: string | Buffer): Promise<void> {
  const temp = `${file}.${crypto.randomBytes(6).toString('hex')}.tmp`;
  try {
    await fs.writeFile(temp, data, { mode: 0o600 });
    await fs.rename(temp, file);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
}

/** The parsed JSON of `file`, or undefined when it does not exist. */
export async function readJson<T>(file: string): Promise<T | undefined> {
  try {
    return JSON.parse(await fs.readFile(file, 'utf8')) as T;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
