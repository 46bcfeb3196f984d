/**
 * `npm run ingest -- --source <folder>`: incremental ingest of a folder into the index under DATA_DIR.
 * Without `--source` it ingests KNOWLEDGE_SOURCE_DIR. Exit code 0 on success, 1 when any document failed,
 * 2 on bad usage or configuration.
 */
import { performance } from 'node:perf_hooks';
import path from 'node:path';
import fs from 'node:fs';
import { formatIngestSummary } from '../../knowledge/ingest/formatIngestSummary';
import { runIngest } from '../../knowledge/ingest/runIngest';
import { FolderSource } from '../../knowledge/sources/FolderSource';
import { ConfigError, loadConfig } from '../config/loadConfig';
import { compose } from '../compose';

async function main(argv: string[]): Promise<number> {
  const flag = argv.indexOf('--source');
  if (argv.includes('--help') || (flag >= 0 && !argv[flag + 1])) {
    console.error('usage: npm run ingest -- [--source <folder>]');
    return 2;
  }
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    console.error(error instanceof ConfigError ? error.message : String(error));
    return 2;
  }
  const root = flag >= 0 ? path.resolve(argv[flag + 1] as string) : config.knowledgeSourceDir;
  if (!fs.existsSync(root) || !fs.statSync(root).isDirectory()) {
    console.error(`--source: ${root} is not a folder`);
    return 2;
  }
  const services = compose(config);
  try {
    const started = performance.now();
    const summary = await runIngest({
      source: new FolderSource({ root }),
      index: services.index,
      log: (line) => console.log(line),
    });
    console.log(formatIngestSummary(summary, (performance.now() - started) / 1000));
    return summary.failed.length > 0 ? 1 : 0;
  } finally {
    await services.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
