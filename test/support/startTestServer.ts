import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type http from 'node:http';
import { compose, type Services } from '../../host/compose';
import { loadConfig } from '../../host/config/loadConfig';
import { createServer } from '../../host/http/createServer';
import { silentLogger } from '../../host/log/createLogger';
import { createTeamsApp, type TeamsApp, type TeamsAppOptions } from '../../bot/teams/createTeamsApp';
import { createBotEndpoint } from '../../bot/http/createBotEndpoint';
import { writeFixtureCorpus } from './botFixture';
import { listenOnLoopback, closeServer } from './loopbackServer';

/** Overrides passed to `compose` (the log is always silent). */
export type ComposeOverrides = Omit<NonNullable<Parameters<typeof compose>[1]>, 'log'>;

export interface TestServerOptions {
  /** Prefix of the temporary folder holding the fixture corpus, directory and data. */
  readonly tmpPrefix: string;
  /** More configuration (environment names) besides the data folder, the fixture corpus and directory. */
  readonly env?: Record<string, string>;
  /** Passed to `compose` besides the silent logger (security-event sink, organisation profile…). */
  readonly compose?: ComposeOverrides;
  /** Replaces or wraps the composed services before the Teams app and server see them. */
  readonly adapt?: (composed: Services) => Services;
  /** Options of the Teams app (send limiter, retries, roster, channel authentication…). */
  readonly teams?: TeamsAppOptions;
  /** Sees the Teams app (and the services) before the server is built, e.g. to count turns or skill runs. */
  readonly tap?: (teams: TeamsApp, services: Services) => void;
}

export interface TestServer {
  /** The temporary folder, removed by `close`. */
  readonly root: string;
  readonly services: Services;
  readonly server: http.Server;
  /** `http://127.0.0.1:<port>` of the listening server. */
  readonly baseUrl: string;
  /** Closes the server and the services and removes the temporary folder. */
  close(): Promise<void>;
}

/**
 * The real HTTP server (`createServer` with the Teams bot endpoint) over the two-document fixture corpus in a
 * fresh temporary folder, listening on a loopback port; composed in-process so tests can pass stand-ins.
 */
export async function startTestServer(options: TestServerOptions): Promise<TestServer> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), options.tmpPrefix));
  const { corpus, directory } = writeFixtureCorpus(root);
  const config = loadConfig(
    {
      DATA_DIR: path.join(root, 'data'),
      KNOWLEDGE_SOURCE_DIR: corpus,
      DIRECTORY_FILE: directory,
      ...options.env,
    },
    { cwd: root },
  );
  const composed = compose(config, { ...options.compose, log: silentLogger });
  const services = options.adapt ? options.adapt(composed) : composed;
  const teams = createTeamsApp(services, options.teams);
  options.tap?.(teams, services);
  const server = createServer(services, createBotEndpoint(services, teams));
  const baseUrl = await listenOnLoopback(server);
  return {
    root,
    services,
    server,
    baseUrl,
    async close() {
      await closeServer(server);
      await services.close();
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
}
