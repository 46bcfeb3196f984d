import type { Services } from '../host/compose';
import type { AppConfig } from '../host/config/loadConfig';
import type { Logger } from '../host/log/createLogger';
import { runProcess } from '../host/runProcess';
import { startHost, type RunningHost } from '../host/startHost';
import { createBotEndpoint } from './http/createBotEndpoint';
import { createTeamsApp } from './teams/createTeamsApp';

/** The running server (see `RunningHost`). */
export type RunningBot = RunningHost;

/**
 * The server with the teams-ai adapter on `POST /api/messages`: everything else (services, routes, listening,
 * retention timer, shutdown) is the host's (`startHost`). A move to another Teams SDK replaces the adapter here.
 */
export function startBot(
  config: AppConfig,
  options: { log?: Logger; services?: Services } = {},
): Promise<RunningBot> {
  return startHost(config, (services) => createBotEndpoint(services, createTeamsApp(services)), options);
}

if (require.main === module) void runProcess(startBot);
