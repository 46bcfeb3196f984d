import fs from 'node:fs';

/**
 * Makes a SQLite WAL file durable off the event loop: `synced()` resolves once an fsync of the file that began
 * after the call has completed (so every commit made before the call is on disk), and rejects when that fsync
 * fails. Calls made while an fsync runs share the next one (at most one runs, at most one waits), so fsyncs
 * complete in call order. A missing file counts as synced: SQLite removes the WAL only after checkpointing it
 * into the database file, which it syncs first. By default the file is opened once and kept open (SQLite keeps
 * one WAL file while a connection is open), so a sync is one fsync; `close()` waits for the syncs asked for and
 * closes it.
 */
export class WalSync {
  private running: Promise<void> | undefined;
  private queued: Promise<void> | undefined;
  private readonly kept: KeptFile | undefined;
  private readonly fsyncFile: (file: string) => Promise<void>;

  constructor(
    readonly file: string,
    fsyncFile?: (file: string) => Promise<void>,
  ) {
    this.kept = fsyncFile ? undefined : new KeptFile();
    this.fsyncFile = fsyncFile ?? ((name) => (this.kept as KeptFile).fsync(name));
  }

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

  /** Waits for the syncs already asked for (their outcome is their callers'), then closes the kept file. */
  async close(): Promise<void> {
    const ignore = (): void => undefined;
    await (this.queued ?? this.running)?.then(ignore, ignore);
    this.kept?.close();
  }

  private start(): Promise<void> {
    const run: Promise<void> = this.fsyncFile(this.file).finally(() => {
      if (this.running === run) this.running = undefined;
    });
    this.running = run;
    return run;
  }
}

/**
 * One file's descriptor for fsyncs, opened (`r+`, as SQLite holds it) on the first sync that finds the file and
 * kept; after a failed sync it is closed and opened again next time. Callers never overlap syncs (WalSync).
 */
class KeptFile {
  private fd: number | undefined;

  fsync(file: string): Promise<void> {
    return new Promise((resolve, reject) => {
      const sync = (fd: number): void =>
        fs.fsync(fd, (error) => {
          if (!error) return resolve();
          this.close();
          reject(error);
        });
      if (this.fd !== undefined) return sync(this.fd);
      fs.open(file, 'r+', (openError, fd) => {
        if (openError) return openError.code === 'ENOENT' ? resolve() : reject(openError);
        this.fd = fd;
        sync(fd);
      });
    });
  }

  close(): void {
    const fd = this.fd;
    this.fd = undefined;
    if (fd !== undefined) fs.close(fd, () => undefined);
  }
}
