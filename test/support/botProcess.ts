import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { freePort } from './freePort';

const ROOT = path.join(__dirname, '../..');
/** How long a bot process may take to answer /healthz before the start fails (a CI bound, not an assertion). */
const START_TIMEOUT_MS = 60_000;

/** A bot server running as its own process: `node --import tsx bot/index.ts`, the production entry point. */
export interface BotProcess {
  readonly baseUrl: string;
  /** Everything it printed (stdout and stderr), for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

/**
 * Starts `bot/index.ts` (the `npm run serve` entry, through tsx) from the repository root with `env` over the
 * current environment, on a free loopback port, and resolves once `/healthz` answers 200 (it listens only
 * after its stores are ready). Rejects with its output if it exits or is not up within the bound.
 */
export async function startBotProcess(env: Record<string, string>): Promise<BotProcess> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'bot/index.ts'], {
    cwd: ROOT,
    env: { ...process.env, PLAYGROUND: 'off', LOG_LEVEL: 'error', ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const onExit = () => child.kill('SIGKILL');
  process.once('exit', onExit);
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    process.removeListener('exit', onExit);
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await exited;
    }
  };
  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`bot process exited (${child.exitCode}):\n${output}`);
    const health = await fetch(`${baseUrl}/healthz`).catch(() => undefined);
    if (health?.ok) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`bot process not up after ${START_TIMEOUT_MS} ms:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { baseUrl, output: () => output, stop };
}
