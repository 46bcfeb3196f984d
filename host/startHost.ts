import type { AddressInfo } from 'node:net';
import type http from 'node:http';
import { compose, type Services } from './compose';
import type { AppConfig } from './config/loadConfig';
import { createServer, type BotEndpoint } from './http/createServer';
import type { Logger } from './log/createLogger';
import { schedulePurge } from './schedulePurge';
import { trackRequests } from './trackRequests';

export interface RunningHost {
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
 * Builds the services (unless given), hands the Bot Framework route to `createBot` (the SDK adapter) and
 * listens. The only `listen()` in the app. Local mode (no MicrosoftAppId) binds to
 * 127.0.0.1 only, because requests are not authenticated; with an app id it binds to all interfaces.
 */
export async function startHost(
  config: AppConfig,
  createBot: (services: Services) => BotEndpoint,
  options: { log?: Logger; services?: Services } = {},
): Promise<RunningHost> {
  const services = options.services ?? compose(config, options.log ? { log: options.log } : {});
  await services.ready();
  const server = createServer(services, createBot(services));
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
