import fs from 'node:fs/promises';
import path from 'node:path';
import { SIDECAR_SUFFIX } from '../extract/readDocumentMeta';
import type { DocumentSource, SourceItem } from './DocumentSource';

/** Extensions the folder source hands to the extractors; other files are ignored. */
export const SUPPORTED_EXTENSIONS = ['.md', '.markdown', '.txt', '.html', '.htm', '.docx', '.pdf'];

/**
 * Enumerates supported files under `root` recursively, in sorted order. Hidden files and folders (leading
 * dot), `README.md` at the root and metadata sidecars (`<file>.meta.yaml`) are not documents. Symbolic links
 * are not followed, so a link cannot pull files from outside the root into the index.
 */
export class FolderSource implements DocumentSource {
  readonly name: string;
  constructor(private readonly options: { root: string }) {
    this.name = `folder:${options.root}`;
  }

  async *list(): AsyncIterable<SourceItem> {
    const root = path.resolve(this.options.root);
    for (const relative of await walk(root, '')) {
      const full = path.join(root, relative);
      const stat = await fs.stat(full);
      const docId = relative.split(path.sep).join('/');
      yield {
        docId,
        fileName: path.basename(relative),
        modified: stat.mtime.toISOString(),
        url: '',
        read: async () => {
          const bytes = await fs.readFile(full);
          const sidecar = await fs
            .readFile(full + SIDECAR_SUFFIX, 'utf8')
            .catch((error: NodeJS.ErrnoException) => {
              if (error.code === 'ENOENT') return undefined;
              throw error;
            });
          return sidecar === undefined ? { bytes } : { bytes, sidecar };
        },
      };
    }
  }
}

async function walk(root: string, relative: string): Promise<string[]> {
  const entries = await fs.readdir(path.join(root, relative), { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.')) continue;
    const child = path.join(relative, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(root, child)));
    else if (entry.isFile() && isDocument(child)) files.push(child);
  }
  return files;
}

function isDocument(relative: string): boolean {
  const lower = relative.toLowerCase();
  if (lower.endsWith(SIDECAR_SUFFIX)) return false;
  if (lower === 'readme.md') return false;
  return SUPPORTED_EXTENSIONS.includes(path.extname(lower));
}
