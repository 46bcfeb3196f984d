/**
 * Child process for the crash-safety test: runs the real Graph change-feed ingest against a loopback Graph
 * server into a SQLite index under DATA_DIR, printing markers the parent uses to SIGKILL it at chosen points:
 * `UPSERTED <docId>` after each index write and `CHECKPOINT_PENDING` after a page's writes, before its
 * checkpoint is stored (it then pauses briefly, so a kill lands between the two). Env: GRAPH_BASE_URL,
 * GRAPH_TOKEN, DATA_DIR, DRIVES (comma-separated drive ids).
 */
import path from 'node:path';
import { createGraphClient } from '../../knowledge/graph/createGraphClient';
import { FileCheckpointStore } from '../../knowledge/ingest/FileCheckpointStore';
import { runChangeFeedIngest } from '../../knowledge/ingest/runChangeFeedIngest';
import { SqliteIndex } from '../../knowledge/index/SqliteIndex';
import { GraphDriveSource } from '../../knowledge/sources/GraphDriveSource';
import type { IndexedDocument } from '../../knowledge/index/IndexedDocument';
import type { KnowledgeIndex } from '../../knowledge/index/KnowledgeIndex';
import { staticTokenCredential } from './fakeGraph';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function main(): Promise<void> {
  const env = process.env;
  const baseUrl = env.GRAPH_BASE_URL as string;
  const dataDir = env.DATA_DIR as string;
  const sqlite = new SqliteIndex({ file: path.join(dataDir, 'index.sqlite') });
  const index: KnowledgeIndex = {
    upsert: async (doc: IndexedDocument) => {
      await sqlite.upsert(doc);
      process.stdout.write(`UPSERTED ${doc.docId}\n`);
    },
    delete: async (docId: string) => {
      await sqlite.delete(docId);
      process.stdout.write(`DELETED ${docId}\n`);
    },
    search: (query, options) => sqlite.search(query, options),
    getDocument: (docId) => sqlite.getDocument(docId),
    getChunks: (docId) => sqlite.getChunks(docId),
    listHashes: () => sqlite.listHashes(),
    close: () => sqlite.close(),
  };
  const store = new FileCheckpointStore({ dir: path.join(dataDir, 'checkpoints') });
  const checkpoints = {
    get: (source: string) => store.get(source),
    set: async (source: string, checkpoint: string) => {
      process.stdout.write('CHECKPOINT_PENDING\n');
      await pause(40);
      await store.set(source, checkpoint);
    },
  };
  const source = new GraphDriveSource({
    client: createGraphClient({ credential: staticTokenCredential(env.GRAPH_TOKEN as string), baseUrl }),
    baseUrl,
    drives: (env.DRIVES ?? '').split(',').map((driveId) => ({ driveId })),
  });
  await runChangeFeedIngest({ source, index, checkpoints });
  await sqlite.close();
  process.stdout.write('DONE\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
