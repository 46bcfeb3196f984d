/**
 * `npm run ingest -- --source <folder>|graph`: incremental ingest into the configured index.
 * - a folder (default KNOWLEDGE_SOURCE_DIR): unchanged files skipped by content hash, changed files
 *   replaced, deleted files removed; `_folder.meta.yaml` defaults and KNOWLEDGE_DEFAULT_ACCESS apply; when the
 *   index was built from another folder, says how many of its documents are removed before removing them;
 * - `graph`: the drives in GRAPH_DRIVES through the driveItem delta API, checkpointed under DATA_DIR after
 *   the index acknowledged each page (needs an Entra credential).
 * Prints progress on long runs and a summary. Exit code 0 on success, 1 when any document failed, 2 on bad
 * usage or configuration.
 */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createGraphClient } from '../../knowledge/graph/createGraphClient';
import { FileCheckpointStore } from '../../knowledge/ingest/FileCheckpointStore';
import { formatIngestSummary } from '../../knowledge/ingest/formatIngestSummary';
import { IngestRunLog, ingestRun } from '../../knowledge/ingest/IngestRunLog';
import { runChangeFeedIngest } from '../../knowledge/ingest/runChangeFeedIngest';
import { runIngest, type IngestSummary } from '../../knowledge/ingest/runIngest';
import { formatSourceFolderChange } from '../../knowledge/ingest/SourceFolderMarker';
import { FolderSource } from '../../knowledge/sources/FolderSource';
import { GraphDriveSource } from '../../knowledge/sources/GraphDriveSource';
import type { TokenCredential } from '@azure/identity';
import { createCredential } from '../../host/azure/createCredential';
import { createIndex } from '../../host/createIndex';
import { dataFiles } from '../../host/compose';
import type { AppConfig } from '../../host/config/loadConfig';
import { createLogger } from '../../host/log/createLogger';
import type { KnowledgeIndex } from '../../knowledge/index/KnowledgeIndex';
import { formatProgress } from './formatProgress';
import { loadCliConfig } from './loadCliConfig';
import { sourceFolderMarkerFor } from './sourceFolderMarkerFor';
import { runCliMain } from './runCliMain';

/** Progress lines at most this often. */
const PROGRESS_EVERY_MS = 2000;

/** What an ingest run writes to: only the configured index (and the credential a Graph source reads with). */
interface IngestTarget {
  readonly config: AppConfig;
  readonly index: KnowledgeIndex;
  readonly credential: TokenCredential | undefined;
}

async function main(argv: string[]): Promise<number> {
  const flag = argv.indexOf('--source');
  if (argv.includes('--help') || (flag >= 0 && !argv[flag + 1])) {
    console.error(
      [
        'usage: npm run ingest -- [--source <folder>|graph]',
        '  <folder>  default KNOWLEDGE_SOURCE_DIR; .md/.markdown/.mdx/.txt/.html/.docx/.pdf files, metadata from',
        '            front matter, <file>.meta.yaml sidecars and _folder.meta.yaml defaults (inherited by',
        '            subfolders); KNOWLEDGE_DEFAULT_ACCESS is the access list where none of them gives one',
        '  graph     the drives in GRAPH_DRIVES (Microsoft Graph delta), permissions as access lists',
      ].join('\n'),
    );
    return 2;
  }
  const config = loadCliConfig();
  if (!config) return 2;
  const source = flag >= 0 ? (argv[flag + 1] as string) : config.knowledgeSourceDir;
  if (source === 'graph' && (config.graphDrives.length === 0 || !config.entra)) {
    console.error(
      '--source graph needs GRAPH_DRIVES and an Entra credential (AZURE_CLIENT_SECRET, AZURE_CLIENT_CERTIFICATE_PATH or AZURE_USE_MANAGED_IDENTITY=true)',
    );
    return 2;
  }
  if (source !== 'graph' && !isFolder(path.resolve(source))) {
    console.error(`--source: ${path.resolve(source)} is not a folder`);
    return 2;
  }
  const credential = createCredential(config.entra);
  const services: IngestTarget = {
    config,
    index: createIndex(config, { credential, log: createLogger(config.logLevel) }),
    credential,
  };
  try {
    const started = performance.now();
    const summary =
      source === 'graph'
        ? await ingestGraph(services, started)
        : await ingestFolder(services, path.resolve(source), started);
    const seconds = (performance.now() - started) / 1000;
    console.log(formatIngestSummary(summary, seconds));
    // For the admin console: the run as the bot serving this DATA_DIR shows it.
    await new IngestRunLog(dataFiles(config).ingestRuns).append(
      ingestRun(summary, source === 'graph' ? 'graph' : path.resolve(source), seconds, new Date()),
    );
    return summary.failed.length > 0 ? 1 : 0;
  } finally {
    await services.index.close();
  }
}

async function ingestFolder(services: IngestTarget, root: string, started: number): Promise<IngestSummary> {
  const defaultAccess = services.config.knowledgeDefaultAccess;
  const source = new FolderSource({ root, ...(defaultAccess ? { defaultAccess } : {}) });
  const marker = sourceFolderMarkerFor(services.config);
  const change = await marker.change(root, source, services.index);
  if (change) console.log(formatSourceFolderChange(change));
  let totalItems = 0;
  for await (const item of source.list()) if (item) totalItems += 1;
  let last = started;
  const summary = await runIngest({
    source,
    index: services.index,
    log: (line) => console.log(line),
    onProgress: ({ items, bytes }) => {
      const now = performance.now();
      if (now - last < PROGRESS_EVERY_MS) return;
      last = now;
      console.log(formatProgress({ items, bytes, elapsedMs: now - started, totalItems }));
    },
  });
  await marker.record(root);
  return summary;
}

async function ingestGraph(services: IngestTarget, started: number): Promise<IngestSummary> {
  const credential = services.credential;
  if (!credential) throw new Error('no Entra credential');
  const baseUrl = services.config.graphBaseUrl;
  const source = new GraphDriveSource({
    client: createGraphClient({ credential, baseUrl }),
    baseUrl,
    drives: services.config.graphDrives,
  });
  let last = started;
  return runChangeFeedIngest({
    source,
    index: services.index,
    checkpoints: new FileCheckpointStore({ dir: path.join(services.config.dataDir, 'checkpoints') }),
    onProgress: (progress) => {
      const now = performance.now();
      if (now - last >= PROGRESS_EVERY_MS) {
        last = now;
        console.log(
          formatProgress({ items: progress.items, bytes: progress.bytes, elapsedMs: now - started }),
        );
      }
    },
  });
}

function isFolder(folder: string): boolean {
  return fs.existsSync(folder) && fs.statSync(folder).isDirectory();
}

runCliMain(main, (error) => (error instanceof Error ? error.message : error));
