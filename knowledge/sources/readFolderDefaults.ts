import fs from 'node:fs/promises';
import path from 'node:path';
import { parseYamlObject } from '../extract/parseYamlObject';
import type { FolderDefaults } from './FolderDefaults';

/** The per-folder defaults file; it applies to every document in its folder and in all folders beneath. */
export const FOLDER_META_FILE = '_folder.meta.yaml';

/** Keys a folder cannot set for the documents beneath it (a title names one document, not a folder). */
const NOT_INHERITED = new Set(['title']);

/** One `_folder.meta.yaml` on the way from the root to a document: its root-relative path and raw text. */
export interface FolderMetaFile {
  readonly relativePath: string;
  readonly text: string;
}

/**
 * Reads `<folder>/_folder.meta.yaml` (raw text); undefined when the folder has none. Other read errors
 * propagate (a defaults file that exists but cannot be read must not silently drop an access list).
 */
export async function readFolderMetaFile(
  root: string,
  relativeFolder: string,
): Promise<FolderMetaFile | undefined> {
  const relativePath = path.join(relativeFolder, FOLDER_META_FILE).split(path.sep).join('/');
  try {
    return { relativePath, text: await fs.readFile(path.join(root, relativePath), 'utf8') };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Resolves the defaults a document inherits. `chain` is ordered from the root folder down to the document's
 * own folder; a deeper file's key replaces a shallower one's (an `access` list is replaced, not merged, like a
 * SharePoint folder that breaks inheritance). `defaultAccess` (KNOWLEDGE_DEFAULT_ACCESS) is the `access`
 * under all of them. `title` is never inherited. A malformed file throws an ExtractionError naming it, so
 * every document beneath fails closed instead of losing its folder's access list.
 */
export function resolveFolderDefaults(
  chain: readonly FolderMetaFile[],
  defaultAccess: readonly string[] | undefined,
): FolderDefaults {
  const values: Record<string, unknown> = defaultAccess?.length ? { access: [...defaultAccess] } : {};
  for (const file of chain) {
    const parsed = parseYamlObject(file.text, file.relativePath, 'folder metadata');
    for (const [key, value] of Object.entries(parsed)) {
      if (!NOT_INHERITED.has(key) && value !== undefined && value !== null) values[key] = value;
    }
  }
  const fingerprint = JSON.stringify({
    defaultAccess: defaultAccess ?? [],
    folders: chain.map((file) => [file.relativePath, file.text]),
  });
  return { values, fingerprint };
}
