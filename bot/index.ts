import type { AddressInfo } from 'node:net';
import type http from 'node:http';
import { compose, type Services } from './compose';
import { ConfigError, loadConfig, type AppConfig } from './config/loadConfig';
import { createServer } from './http/createServer';
import type { Logger } from './log/createLogger';
import { createTeamsApp } from './teams/createTeamsApp';

export interface RunningBot {
  readonly services: Services;
  readonly server: http.Server;
  /** `http://<host>:<port>/api/messages` as bound. */
  readonly endpoint: string;
  stop(): Promise<void>;
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
  const server = createServer(services, createTeamsApp(services));
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
  let stopped: Promise<void> | undefined;
  return {
    services,
    server,
    endpoint: `http://127.0.0.1:${port}/api/messages`,
    stop: () =>
      (stopped ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }).then(() => services.close())),
  };
}

/** Production entry (`npm run serve`, `node dist/bot/index.js`): serve the existing index, no playground. */
async function main(): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    console.error(error instanceof ConfigError ? error.message : error);
    process.exit(2);
  }
  const bot = await startBot(config);
  process.on('unhandledRejection', (reason) =>
    bot.services.log.error('unhandled rejection', { reason: String(reason) }),
  );
  const shutdown = () => void bot.stop().then(() => process.exit(0));
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

if (require.main === module) void main();
