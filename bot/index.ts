import type { AddressInfo } from 'node:net';
import type http from 'node:http';
import { createCredential } from '../host/azure/createCredential';
import { compose, type Services } from '../host/compose';
import { ConfigError, loadConfig, type AppConfig } from '../host/config/loadConfig';
import { createServer } from '../host/http/createServer';
import { createLogger, type Logger } from '../host/log/createLogger';
import { startTelemetry } from '../host/telemetry/startTelemetry';
import { createTeamsApp } from './teams/createTeamsApp';
import { schedulePurge } from '../host/schedulePurge';
import { createBotEndpoint } from './http/createBotEndpoint';

export interface RunningBot {
  readonly services: Services;
  readonly server: http.Server;
  /** `http://<host>:<port>/api/messages` as bound. */
  readonly endpoint: string;
  /** Requests being served now. */
  inFlight(): number;
  /** Closes at once: every connection (requests in flight are cut), then the stores. */
  stop(): Promise<void>;
  /**
   * Graceful: stops accepting connections, lets requests in flight finish for up to `timeoutMs` (default
   * `config.shutdownTimeoutMs`), then closes every connection and the stores. Resolves with the number of
   * requests that were cut at the bound (0 when all finished). Safe to call more than once.
   */
  shutdown(timeoutMs?: number): Promise<number>;
}

/**
 * Builds the services and listens. The only `listen()` in the app. Local mode (no MicrosoftAppId) binds to
 * 127.0.0.1 only, because requests are not authenticated; with an app id it binds to all interfaces.
 */
export async function startBot(
  config: AppConfig,
  options: { log?: Logger; services?: Services } = {},
): Promise<RunningBot> {
  const services = options.services ?? compose(config, options.log ? { log: options.log } : {});
  await services.ready();
  const server = createServer(services, createBotEndpoint(services, createTeamsApp(services)));
  const drain = trackRequests(server);
  const host = config.auth ? '0.0.0.0' : '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  if (config.auth)
    services.log.info(
      `Bot listening on port ${port}; Bot Framework authentication enforced (app ${config.auth.appId})`,
    );
  else
    services.log.warn(
      `Local mode: no MicrosoftAppId, requests are not authenticated, so the bot listens on 127.0.0.1:${port} only`,
    );
  // Retention: the stores' purge runs on a timer while the bot runs (also `npm run purge`).
  const purge = schedulePurge({
    targets: services.holders.retention,
    intervalMs: config.retention.purgeIntervalHours * 3600 * 1000,
    log: services.log,
  });
  let closed: Promise<number> | undefined;
  const close = (timeoutMs: number) =>
    (closed ??= (async () => {
      const listening = new Promise<void>((resolve) => server.close(() => resolve()));
      const cut = await drain(timeoutMs);
      server.closeAllConnections();
      await listening;
      await purge.stop();
      await services.close();
      return cut;
    })());
  return {
    services,
    server,
    endpoint: `http://127.0.0.1:${port}/api/messages`,
    inFlight: () => drain.count(),
    stop: () => close(0).then(() => undefined),
    shutdown: (timeoutMs = config.shutdownTimeoutMs) => close(timeoutMs),
  };
}

/**
 * Counts the server's requests in flight. The returned function waits until none is left or `timeoutMs` has
 * passed, closing idle keep-alive connections meanwhile, and resolves with how many are still in flight.
 */
function trackRequests(server: http.Server): ((timeoutMs: number) => Promise<number>) & { count(): number } {
  let inFlight = 0;
  let draining = false;
  const waiters = new Set<() => void>();
  server.on('request', (_req: http.IncomingMessage, res: http.ServerResponse) => {
    inFlight += 1;
    res.once('close', () => {
      inFlight -= 1;
      // Once the server is closing, a keep-alive connection that just went idle is closed too.
      if (draining) server.closeIdleConnections();
      if (inFlight === 0) for (const wake of waiters) wake();
    });
  });
  const wait = (timeoutMs: number) =>
    new Promise<number>((resolve) => {
      draining = true;
      server.closeIdleConnections();
      if (inFlight === 0 || timeoutMs <= 0) {
        resolve(inFlight);
        return;
      }
      const done = () => {
        clearTimeout(timer);
        waiters.delete(done);
        resolve(inFlight);
      };
      const timer = setTimeout(done, timeoutMs);
      waiters.add(done);
    });
  return Object.assign(wait, { count: () => inFlight });
}

/**
 * Production entry (`npm run serve`, `node dist/bot/index.js`): serve the existing index, no playground.
 * SIGTERM or SIGINT: graceful shutdown (see `RunningBot.shutdown`), telemetry flushed, exit code 0.
 */
async function main(): Promise<void> {
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

if (require.main === module) void main();
