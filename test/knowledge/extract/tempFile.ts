import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Writes `content` to a fresh file under os.tmpdir() and reads its bytes back, as ingestion would. */
export async function tempFileBytes(name: string, content: string | Uint8Array): Promise<Buffer> {
  const dir = await mkdtemp(join(tmpdir(), 'knowledge-extract-'));
  const path = join(dir, name);
  await writeFile(path, content);
  return readFile(path);
}

/** Reads one of the committed fixtures in test/fixtures/extract. */
export function fixtureBytes(name: string): Promise<Buffer> {
  return readFile(join(__dirname, '..', '..', 'fixtures', 'extract', name));
}
