import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { CheckpointStore } from './CheckpointStore';

/**
 * Checkpoints in one JSON file (`{ "<source>": "<checkpoint>" }`) under `dir` (created when missing).
 * Each `set` writes a temporary file in the same folder, fsyncs it, renames it over the file and fsyncs the
 * folder, so the file always holds either the old or the new content. Writes from this process are
 * serialised; one store per file and process is assumed. A file that is not a JSON object throws on read
 * (never silently restarting every source from scratch).
 */
export class FileCheckpointStore implements CheckpointStore {
  readonly file: string;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(options: { dir: string; fileName?: string }) {
    this.file = path.join(options.dir, options.fileName ?? 'checkpoints.json');
  }

  async get(source: string): Promise<string | undefined> {
    await this.queue.catch(() => undefined);
    return (await this.readAll())[source];
  }

  set(source: string, checkpoint: string): Promise<void> {
    const write = this.queue
      .catch(() => undefined)
      .then(async () => {
        const all = await this.readAll();
        all[source] = checkpoint;
        await this.replace(JSON.stringify(all, null, 2));
      });
    this.queue = write;
    return write;
  }

  private async readAll(): Promise<Record<string, string>> {
    let text: string;
    try {
      text = await fs.readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
      throw error;
    }
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw new Error(`checkpoint file ${this.file} is not a JSON object`);
    }
    return Object.fromEntries(
      Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
    );
  }

  private async replace(content: string): Promise<void> {
    const dir = path.dirname(this.file);
    await fs.mkdir(dir, { recursive: true });
    const temp = path.join(dir, `.${path.basename(this.file)}.${crypto.randomBytes(6).toString('hex')}.tmp`);
    const handle = await fs.open(temp, 'w', 0o600);
    try {
      await handle.writeFile(content, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    try {
      await fs.rename(temp, this.file);
    } catch (error) {
      await fs.rm(temp, { force: true });
      throw error;
    }
    const folder = await fs.open(dir, 'r').catch(() => undefined);
    await folder
      ?.sync()
      .catch(() => undefined)
      .finally(() => folder.close());
  }
}
