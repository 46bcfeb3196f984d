import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';

/** Largest app package Teams accepts, in bytes. */
export const MAX_PACKAGE_BYTES = 10 * 1024 * 1024;

/**
 * Zips `entries` (name inside the zip, posix paths; `manifest.json` at the root) with DEFLATE and a fixed
 * timestamp, so the same content gives the same bytes. Returns the zip; writes it to `outFile` (creating
 * the folder) only when it is at most MAX_PACKAGE_BYTES, else throws an Error saying how big it is.
 */
export async function writeZip(
  entries: ReadonlyArray<{ name: string; bytes: Buffer }>,
  outFile: string,
): Promise<Buffer> {
  const zip = new JSZip();
  const date = new Date('2000-01-01T00:00:00Z');
  for (const entry of entries) zip.file(entry.name, entry.bytes, { date, createFolders: false });
  const bytes = await zip.generateAsync({
    type: 'nodebuffer',
    compression: 'DEFLATE',
    compressionOptions: { level: 9 },
  });
  if (bytes.length > MAX_PACKAGE_BYTES)
    throw new Error(`the package is ${bytes.length} bytes, over Teams' limit of ${MAX_PACKAGE_BYTES}`);
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(outFile, bytes);
  return bytes;
}
