import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { assertPortFree } from './assertPortFree';
import { createLineTail } from './createLineTail';
import { waitForHttpOk } from './waitForHttpOk';

/** The env var users set to move the playground off a busy port; named in the busy-port error. */
export const PLAYGROUND_PORT_ENV = 'PLAYGROUND_PORT';

export interface PlaygroundOptions {
  /** Bot endpoint the playground posts activities to, e.g. `http://127.0.0.1:3978/api/messages`. */
  botEndpoint: string;
  /**
   * Port for the UI and the mocked Bot Connector (`serviceUrl` = `http://localhost:<port>/_connector`).
   * The playground binds it on all interfaces. Must be free: rejects instead of falling back to a random port.
   */
  port: number;
  /**
   * Working directory and the only place the playground writes: `m365agentsplayground.log` (its console
   * output; rewritten on every start) and `devTools/` if events recording is on. A `.m365agentsplayground.yml`
   * placed here customises the mocked user/tenant. Created if missing. Default: `data/playground` under cwd.
   */
  workDir?: string;
  /** Receives every stdout/stderr line of the playground process. */
  log?: (line: string) => void;
  /** Bound on start-up (spawn until the UI answers HTTP 200). Default 60000 ms. */
  startupTimeoutMs?: number;
}

export interface RunningPlayground {
  /** UI address to open in a browser, e.g. `http://127.0.0.1:56150`. */
  readonly url: string;
  /** SIGINT to the playground's process group, SIGKILL after 5 s; resolves once it exited. Idempotent. */
  stop(): Promise<void>;
}

const cliPath = (): string => require.resolve('@microsoft/m365agentsplayground/cli.js');

/**
 * Starts the Microsoft 365 Agents Playground (channel `msteams`, telemetry off, no browser opened) wired to
 * `botEndpoint`, and resolves once its UI answers HTTP 200. Rejects when the port is busy (message names the
 * port and `PLAYGROUND_PORT`), when the process exits early, or after `startupTimeoutMs`; start-up errors
 * include the last lines of its output and log file, and leave no process behind. The child runs in its own
 * process group (so a terminal Ctrl-C reaches only the parent, which calls `stop()`); it is SIGKILLed if the
 * parent exits without stopping it.
 */
export async function startPlayground(options: PlaygroundOptions): Promise<RunningPlayground> {
  const workDir = path.resolve(options.workDir ?? path.join('data', 'playground'));
  const logFile = path.join(workDir, 'm365agentsplayground.log');
  await mkdir(workDir, { recursive: true });
  await assertPortFree(options.port, PLAYGROUND_PORT_ENV);

  const args = [cliPath(), '-e', options.botEndpoint, '-c', 'msteams', '--dt', '-p', String(options.port)];
  const child = spawn(process.execPath, args, {
    cwd: workDir,
    env: { ...process.env, TEAMSAPPTESTER_BROWSER: 'none', M365_AGENTS_PLAYGROUND_LOGFILE: logFile },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = once(child, 'exit').then(([code, signal]) => ({ code: code as number | null, signal }));
  const killGroup = (signal: NodeJS.Signals): void => {
    try {
      if (child.pid) process.kill(-child.pid, signal);
    } catch {
      // Already gone.
    }
  };
  const killOnParentExit = (): void => killGroup('SIGKILL');
  process.once('exit', killOnParentExit);
  void exited.then(() => process.removeListener('exit', killOnParentExit));

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> =>
    (stopping ??= (async () => {
      if (child.exitCode === null && child.signalCode === null) killGroup('SIGINT');
      const timer = setTimeout(() => killGroup('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    })());

  let onListening: (port: number) => void = () => undefined;
  const listening = new Promise<number>((resolve) => (onListening = resolve));
  const tail = createLineTail((line) => {
    const match = /^Listening on (\d+)/.exec(line);
    if (match) onListening(Number(match[1]));
    options.log?.(line);
  });
  tail.follow(child.stdout);
  tail.follow(child.stderr);

  const url = `http://127.0.0.1:${options.port}`;
  const timeoutMs = options.startupTimeoutMs ?? 60000;
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeoutMs);
  try {
    const early = exited.then(({ code, signal }) => {
      throw new Error(`exited during start-up (code ${code}, signal ${signal})`);
    });
    const aborted = new Promise<never>((_, reject) =>
      abort.signal.addEventListener('abort', () => reject(abort.signal.reason)),
    );
    for (const settled of [early, aborted]) settled.catch(() => undefined);
    const port = await Promise.race([listening, early, aborted]);
    if (port !== options.port) {
      throw new Error(`Port ${options.port} is already in use; set ${PLAYGROUND_PORT_ENV} to a free port`);
    }
    await Promise.race([waitForHttpOk(url, abort.signal), early]);
    return { url, stop };
  } catch (error) {
    await stop();
    const reason = abort.signal.aborted
      ? `did not answer on ${url} within ${timeoutMs} ms`
      : errorMessage(error);
    const lines = [...tail.lines(), ...(await lastLines(logFile, 20))];
    throw new Error(
      `Agents Playground failed to start: ${reason}. Last output:\n${lines.join('\n') || '(none)'}`,
    );
  } finally {
    clearTimeout(timer);
    abort.abort();
  }
}

const errorMessage = (error: unknown): string => (error instanceof Error ? error.message : String(error));

async function lastLines(file: string, count: number): Promise<string[]> {
  const text = await readFile(file, 'utf8').catch(() => '');
  return text.split('\n').filter(Boolean).slice(-count);
}
