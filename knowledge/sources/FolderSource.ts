import fs from 'node:fs/promises';
import path from 'node:path';
import { SUPPORTED_EXTENSIONS as EXTRACTABLE } from '../extract/extractText';
import { SIDECAR_SUFFIX } from '../extract/readDocumentMeta';
import type { DocumentSource, SourceContent, SourceItem } from './DocumentSource';
import {
  FOLDER_META_FILE,
  readFolderMetaFile,
  resolveFolderDefaults,
  type FolderMetaFile,
} from './readFolderDefaults';

/** Extensions the folder source hands to the extractors; other files are ignored. */
export const SUPPORTED_EXTENSIONS: readonly string[] = EXTRACTABLE;

export interface FolderSourceOptions {
  readonly root: string;
  /**
   * Access list (`everyone`, `group:<id>`, `user:<id>`) for documents that neither their own metadata nor
   * any `_folder.meta.yaml` above them give one (KNOWLEDGE_DEFAULT_ACCESS). Absent or empty: such documents
   * are readable by nobody (fail closed).
   */
  readonly defaultAccess?: readonly string[];
}

/**
 * Enumerates supported files under `root` recursively, in sorted order. Hidden files and folders (leading
 * dot), `README.md` at the root, metadata sidecars (`<file>.meta.yaml`) and folder defaults
 * (`_folder.meta.yaml`) are not documents. Symbolic links are not followed, so a link cannot pull files from
 * outside the root into the index.
 *
 * Each item's `read()` also returns its `defaults`: the `_folder.meta.yaml` files from the root down to the
 * document's folder, merged key by key (deeper wins) over `defaultAccess`; see `resolveFolderDefaults`.
 */
export class FolderSource implements DocumentSource {
  readonly name: string;
  constructor(private readonly options: FolderSourceOptions) {
    this.name = `folder:${options.root}`;
  }

  async *list(): AsyncIterable<SourceItem> {
    const root = path.resolve(this.options.root);
    const defaultAccess = this.options.defaultAccess;
    for (const { relative, chain } of await walk(root, '', [])) {
      const full = path.join(root, relative);
      const stat = await fs.stat(full);
      const docId = relative.split(path.sep).join('/');
      yield {
        docId,
        fileName: path.basename(relative),
        modified: stat.mtime.toISOString(),
        url: '',
        read: async (): Promise<SourceContent> => {
          const bytes = await fs.readFile(full);
          const sidecar = await fs
            .readFile(full + SIDECAR_SUFFIX, 'utf8')
            .catch((error: NodeJS.ErrnoException) => {
              if (error.code === 'ENOENT') return undefined;
              throw error;
            });
          const defaults = resolveFolderDefaults(chain, defaultAccess);
          return sidecar === undefined ? { bytes, defaults } : { bytes, sidecar, defaults };
        },
      };
    }
  }
}

interface FoundFile {
  readonly relative: string;
  /** `_folder.meta.yaml` files from the root down to the file's folder. */
  readonly chain: readonly FolderMetaFile[];
}

async function walk(root: string, relative: string, above: readonly FolderMetaFile[]): Promise<FoundFile[]> {
  const entries = await fs.readdir(path.join(root, relative), { withFileTypes: true });
  const own = entries.some((entry) => entry.isFile() && entry.name === FOLDER_META_FILE)
    ? await readFolderMetaFile(root, relative)
    : undefined;
  const chain = own ? [...above, own] : above;
  const files: FoundFile[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.')) continue;
    const child = path.join(relative, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(root, child, chain)));
    else if (entry.isFile() && isDocument(child)) files.push({ relative: child, chain });
  }
  return files;
}

function isDocument(relative: string): boolean {
  const lower = relative.toLowerCase();
  if (lower.endsWith(SIDECAR_SUFFIX)) return false;
  if (path.basename(lower) === FOLDER_META_FILE) return false;
  if (lower === 'readme.md') return false;
  return SUPPORTED_EXTENSIONS.includes(path.extname(lower));
}
