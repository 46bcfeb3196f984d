/**
 * `npm start`: the embedded default. Validates config, brings the index up to date with the sample corpus
 * (incremental: unchanged files are skipped), starts the bot on 127.0.0.1 and the Microsoft 365 Agents
 * Playground wired to it, and prints the URL to open. Ctrl-C stops everything and exits 0.
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { formatIngestSummary } from '../../knowledge/ingest/formatIngestSummary';
import { ingestRun } from '../../knowledge/ingest/IngestRunLog';
import { runIngest } from '../../knowledge/ingest/runIngest';
import { formatSourceFolderChange } from '../../knowledge/ingest/SourceFolderMarker';
import { FolderSource } from '../../knowledge/sources/FolderSource';
import { compose } from '../../host/compose';
import { sourceFolderMarkerFor } from '../cli/sourceFolderMarkerFor';
import { loadCliConfig } from '../cli/loadCliConfig';
import { startPlayground } from './startPlayground';
import { startBot } from '../../bot/index';

async function main(): Promise<void> {
  const config = loadCliConfig();
  if (!config) process.exit(2);
  const services = compose(config);
  process.on('unhandledRejection', (reason) =>
    services.log.error('unhandled rejection', { reason: String(reason) }),
  );

  const started = performance.now();
  const source = new FolderSource({
    root: config.knowledgeSourceDir,
    ...(config.knowledgeDefaultAccess ? { defaultAccess: config.knowledgeDefaultAccess } : {}),
  });
  const marker = sourceFolderMarkerFor(config);
  const change = await marker.change(config.knowledgeSourceDir, source, services.index);
  if (change) console.log(formatSourceFolderChange(change));
  const summary = await runIngest({ source, index: services.index });
  await marker.record(config.knowledgeSourceDir);
  const seconds = (performance.now() - started) / 1000;
  console.log(formatIngestSummary(summary, seconds));
  await services.ingestRuns.append(ingestRun(summary, config.knowledgeSourceDir, seconds, new Date()));

  const bot = await startBot(config, { services });
  console.log(`Bot: ${bot.endpoint}`);
  const playground = config.playground.enabled
    ? await startPlayground({
        botEndpoint: bot.endpoint,
        port: config.playground.port,
        workDir: path.join(config.dataDir, 'playground'),
        log: (line) => services.log.debug(`playground: ${line}`),
      })
    : undefined;
  if (playground)
    console.log(`Playground: ${playground.url}  (open it in a browser; Ctrl-C stops everything)`);

  let stopping = false;
  const shutdown = async (): Promise<void> => {
    if (stopping) return;
    stopping = true;
    console.log('Stopping…');
    await playground?.stop();
    await bot.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
