import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

/** A free TCP port on 127.0.0.1 (asked of the OS, then released). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * `npm run build` in `root`: the production build (`dist/`) the benchmarks measure. Runs the build script with
 * this process's Node flags (its TypeScript loader); throws with the build's output when it fails.
 */
export function buildProduction(root: string): void {
  const build = spawnSync(
    process.execPath,
    [...process.execArgv, path.join(root, 'tools', 'build', 'build.ts')],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  if (build.status !== 0) throw new Error(`npm run build failed:\n${build.stdout}${build.stderr}`);
}

/** A production server started by `startProductionServer`. */
export interface ProductionServer {
  readonly child: ChildProcess;
  /** `http://127.0.0.1:<port>/api/messages`. */
  readonly url: string;
}

/**
 * Starts the production server as `npm run serve` runs it (`node dist/bot/index.js` in `root`: compiled
 * JavaScript, no transpiler, the project's env files read as usual) on a free loopback port with `env` (e.g.
 * `DATA_DIR`), `PLAYGROUND=off` and `LOG_LEVEL=info` unless given, plus the caller's `NODE_OPTIONS` (e.g. a
 * `--require` profiler preload or a heap flag) and nothing else of this process's environment. Its stderr (the
 * log) goes to `logFile`. Resolves once `GET /readyz` answers 200; rejects when it exits or is not ready within
 * 60 s (and then kills it).
 */
export async function startProductionServer(
  root: string,
  env: Readonly<Record<string, string>>,
  logFile: string,
): Promise<ProductionServer> {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(root, 'dist', 'bot', 'index.js')], {
    cwd: root,
    env: {
      PATH: process.env.PATH ?? '',
      ...(process.env.NODE_OPTIONS ? { NODE_OPTIONS: process.env.NODE_OPTIONS } : {}),
      PLAYGROUND: 'off',
      LOG_LEVEL: 'info',
      ...env,
      PORT: String(port),
    },
    stdio: ['ignore', 'ignore', fs.openSync(logFile, 'a')],
  });
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`bot server exited with ${child.exitCode} (log: ${logFile})`);
    const ready = await fetch(`http://127.0.0.1:${port}/readyz`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return { child, url: `http://127.0.0.1:${port}/api/messages` };
    if (Date.now() - started > 60_000) {
      child.kill('SIGKILL');
      throw new Error(`bot server not ready within 60 s (log: ${logFile})`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Stops a child process with SIGTERM (the server shuts down gracefully) and resolves once it exited. */
export function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
