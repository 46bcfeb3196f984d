import fs from 'node:fs';

/**
 * Makes a SQLite WAL file durable off the event loop: `synced()` resolves once an fsync of the file that began
 * after the call has completed (so every commit made before the call is on disk), and rejects when that fsync
 * fails. Calls made while an fsync runs share the next one (at most one runs, at most one waits), so fsyncs
 * complete in call order. A missing file counts as synced: SQLite removes the WAL only after checkpointing it
 * into the database file, which it syncs first.
 */
export class WalSync {
  private running: Promise<void> | undefined;
  private queued: Promise<void> | undefined;

  constructor(
    readonly file: string,
    private readonly fsyncFile: (file: string) => Promise<void> = fsyncIfPresent,
  ) {}

  synced(): Promise<void> {
    if (this.queued) return this.queued;
    const running = this.running;
    if (!running) return this.start();
    const ignore = (): void => undefined;
    this.queued = running.then(ignore, ignore).then(() => {
      this.queued = undefined;
      return this.start();
    });
    return this.queued;
  }

  private start(): Promise<void> {
    const run: Promise<void> = this.fsyncFile(this.file).finally(() => {
      if (this.running === run) this.running = undefined;
    });
    this.running = run;
    return run;
  }
}

/** fsync of `file` (opened for writing, as SQLite holds it); resolves without syncing when it does not exist. */
export function fsyncIfPresent(file: string): Promise<void> {
  // Callback API: one threadpool request per step and no FileHandle, on a path taken once per group commit.
  return new Promise((resolve, reject) => {
    fs.open(file, 'r+', (openError, fd) => {
      if (openError) return openError.code === 'ENOENT' ? resolve() : reject(openError);
      fs.fsync(fd, (syncError) => {
        fs.close(fd, (closeError) => {
          const error = syncError ?? closeError;
          if (error) reject(error);
          else resolve();
        });
      });
    });
  });
}
