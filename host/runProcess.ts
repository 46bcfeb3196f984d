import { createCredential } from './azure/createCredential';
import { ConfigError, loadConfig, type AppConfig } from './config/loadConfig';
import { createLogger, type Logger } from './log/createLogger';
import type { RunningHost } from './startHost';
import { startTelemetry } from './telemetry/startTelemetry';

/**
 * The production process (`npm run serve`, `node dist/bot/index.js`, which passes its `startBot`): config
 * loaded (exit 2 with every bad variable), telemetry started, the existing index served, no playground.
 * SIGTERM or SIGINT: graceful shutdown (see `RunningBot.shutdown`), telemetry flushed, exit code 0.
 */
export async function runProcess(
  startBot: (config: AppConfig, options: { log: Logger }) => Promise<RunningHost>,
): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    console.error(error instanceof ConfigError ? error.message : error);
    process.exit(2);
  }
  const log = createLogger(config.logLevel);
  const telemetry = startTelemetry(config, log, createCredential(config.entra));
  const bot = await startBot(config, { log });
  process.on('unhandledRejection', (reason) => log.error('unhandled rejection', { reason: String(reason) }));
  const shutdown = (signal: string) => {
    log.info('shutdown: stopped accepting connections', {
      signal,
      inFlight: bot.inFlight(),
      timeoutMs: config.shutdownTimeoutMs,
    });
    void bot
      .shutdown()
      .then(async (cut) => {
        if (cut > 0) log.warn('shutdown: requests cut at the bound', { cut });
        await telemetry.shutdown();
        log.info('shutdown: complete');
        process.exit(0);
      })
      .catch((error: unknown) => {
        log.error('shutdown failed', { error: String(error) });
        process.exit(1);
      });
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}
