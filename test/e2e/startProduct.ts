import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import readline from 'node:readline';

/** Repository root (the product's cwd). */
export const REPO_ROOT = path.resolve(__dirname, '..', '..');

export interface RunningProduct {
  readonly child: ChildProcess;
  /** The Playground URL the product printed. */
  readonly playgroundUrl: string;
  /** Every stdout/stderr line so far, for failure messages. */
  readonly output: string[];
  /** Sends SIGINT (a terminal Ctrl-C) and resolves with the exit code, or `'timeout'` after `timeoutMs` (then SIGKILLs). */
  interrupt(timeoutMs: number): Promise<number | null | 'timeout'>;
}

/**
 * Runs `npm start` the way a user does (`node node_modules/.bin/tsx tools/dev/start.ts`, cwd = repo root) with `env`
 * added to the current environment, and resolves once stdout prints `Playground: <url>`. Rejects (after killing
 * it) if it exits first or prints nothing matching within `timeoutMs`, with its output in the message.
 */
export async function startProduct(env: Record<string, string>, timeoutMs: number): Promise<RunningProduct> {
  const child = spawn(
    process.execPath,
    [path.join('node_modules', '.bin', 'tsx'), path.join('tools', 'dev', 'start.ts')],
    {
      cwd: REPO_ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  const output: string[] = [];
  const url = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no "Playground: <url>" line within ${timeoutMs} ms`)),
      timeoutMs,
    );
    for (const stream of [child.stdout, child.stderr]) {
      readline.createInterface({ input: stream }).on('line', (line) => {
        output.push(line);
        const match = /Playground: (http:\/\/\S+)/.exec(line);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      });
    }
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`exited with code ${code} before printing the Playground URL`));
    });
  });
  const interrupt = async (ms: number): Promise<number | null | 'timeout'> => {
    if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
    child.kill('SIGINT');
    let timer: NodeJS.Timeout | undefined;
    const result = await Promise.race([
      exited,
      new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), ms))),
    ]);
    clearTimeout(timer);
    if (result === 'timeout') child.kill('SIGKILL');
    return result;
  };
  try {
    return { child, playgroundUrl: await url, output, interrupt };
  } catch (error) {
    await interrupt(5000);
    throw new Error(`npm start failed: ${(error as Error).message}\n${output.slice(-30).join('\n')}`);
  }
}
