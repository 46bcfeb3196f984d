import fs from 'node:fs/promises';
import path from 'node:path';
import type { IngestSummary } from './IngestSummary';

/** Failures kept per run, at most (a run with more keeps the first ones and the count). */
const MAX_FAILURES_KEPT = 50;
/** Runs kept in the file; older lines are dropped when a run is appended past twice this. */
const RUNS_KEPT = 200;

/** The counts of an ingest run's summary that its record keeps as they are. */
type RunCounts = Readonly<Pick<IngestSummary, 'added' | 'updated' | 'unchanged' | 'deleted' | 'chunks'>>;

/** One finished ingest run, as the admin console shows it: the summary's counts, when, where from, how long. */
export interface IngestRun extends RunCounts {
  /** ISO 8601 time the run finished. */
  readonly finishedAt: string;
  /** The source: a folder path or `graph`. */
  readonly source: string;
  readonly seconds: number;
  /** How many documents failed, and the first of them with their errors. */
  readonly failedCount: number;
  readonly failed: readonly { readonly docId: string; readonly error: string }[];
  /** Documents written in this run without an access list (readable by nobody). */
  readonly noAccessCount: number;
}

/** The run record of an ingest summary. */
export function ingestRun(
  summary: IngestSummary,
  source: string,
  seconds: number,
  finishedAt: Date,
): IngestRun {
  return {
    finishedAt: finishedAt.toISOString(),
    source,
    seconds: Math.round(seconds * 10) / 10,
    added: summary.added,
    updated: summary.updated,
    unchanged: summary.unchanged,
    deleted: summary.deleted,
    chunks: summary.chunks,
    failedCount: summary.failed.length,
    failed: summary.failed
      .slice(0, MAX_FAILURES_KEPT)
      .map((f) => ({ docId: f.docId, error: f.error.slice(0, 500) })),
    noAccessCount: summary.noAccess.length,
  };
}

/**
 * Finished ingest runs in a JSON Lines file (`DATA_DIR/ingest-runs.jsonl`), appended by the ingest CLI and
 * `npm start`, read by the admin console. `latest` returns the newest runs first and skips lines that are not a
 * run (a torn last line after a crash); a missing file is no runs. The file is trimmed to the newest 200 runs
 * once it holds 400.
 */
export class IngestRunLog {
  constructor(readonly file: string) {}

  async append(run: IngestRun): Promise<void> {
    await fs.mkdir(path.dirname(this.file), { recursive: true });
    // After a torn last line, start on a new line so this run is not lost with it.
    const torn = await this.endsTorn();
    await fs.appendFile(this.file, `${torn ? '\n' : ''}${JSON.stringify(run)}\n`, 'utf8');
    const lines = (await this.lines()).length;
    if (lines >= RUNS_KEPT * 2) {
      const kept = (await this.latest(RUNS_KEPT)).reverse();
      await fs.writeFile(this.file, kept.map((r) => `${JSON.stringify(r)}\n`).join(''), 'utf8');
    }
  }

  async latest(limit = 10): Promise<IngestRun[]> {
    const runs: IngestRun[] = [];
    for (const line of (await this.lines()).reverse()) {
      if (runs.length >= limit) break;
      try {
        const run = JSON.parse(line) as IngestRun;
        if (typeof run.finishedAt === 'string' && typeof run.added === 'number') runs.push(run);
      } catch {
        // A torn line (crash mid-write) is skipped.
      }
    }
    return runs;
  }

  private async endsTorn(): Promise<boolean> {
    try {
      const text = await fs.readFile(this.file, 'utf8');
      return text !== '' && !text.endsWith('\n');
    } catch {
      return false;
    }
  }

  private async lines(): Promise<string[]> {
    try {
      return (await fs.readFile(this.file, 'utf8')).split('\n').filter((line) => line.trim() !== '');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
  }
}
