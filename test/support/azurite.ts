import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

/** Azurite's fixed development account (public, documented by Microsoft; not a secret). */
const ACCOUNT = 'devstoreaccount1';
const ACCOUNT_KEY =
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';
/** How long Azurite may take to report its listening ports before the start fails (a CI bound, not a timing assertion). */
const START_TIMEOUT_MS = 60_000;

/** A running Azurite: blob and table endpoints on 127.0.0.1, in memory. */
export interface Azurite {
  /** Connection string for `@azure/data-tables` and `@azure/storage-blob` (AZURE_STORAGE_CONNECTION_STRING). */
  readonly connectionString: string;
  readonly blobEndpoint: string;
  readonly tableEndpoint: string;
  /** Milliseconds from spawn to both services listening. */
  readonly startMs: number;
  stop(): Promise<void>;
}

/**
 * Starts `node_modules/.bin/azurite` on loopback with ports chosen by the OS (port 0; the real ports are read
 * from its "successfully listening at" lines, so no free-port race), in-memory persistence, silent, loose mode
 * and no API version check. The child exits when this process exits, also when this process is killed (it
 * watches its stdin pipe, which closes then), so no Azurite outlives a test run.
 */
export async function startAzurite(): Promise<Azurite> {
  const bin = path.join(path.dirname(require.resolve('azurite/package.json')), 'dist/src/azurite.js');
  const started = Date.now();
  // A preload that ends the child when its stdin (our pipe) closes: the parent exited or was killed.
  const watchParent =
    "process.stdin.on('end',()=>process.exit(0));process.stdin.on('error',()=>process.exit(0));process.stdin.resume();";
  const child = spawn(
    process.execPath,
    [
      '--import',
      `data:text/javascript,${encodeURIComponent(watchParent)}`,
      bin,
      '--silent',
      '--inMemoryPersistence',
      '--extentMemoryLimit',
      '256',
      '--loose',
      '--skipApiVersionCheck',
      '--disableTelemetry',
      ...['blob', 'queue', 'table'].flatMap((service) => [
        `--${service}Host`,
        '127.0.0.1',
        `--${service}Port`,
        '0',
      ]),
    ],
    { stdio: ['pipe', 'pipe', 'pipe'], cwd: path.dirname(bin) },
  );
  const ports = await listeningPorts(child);
  const startMs = Date.now() - started;
  const blobEndpoint = `http://127.0.0.1:${ports.Blob}/${ACCOUNT}`;
  const tableEndpoint = `http://127.0.0.1:${ports.Table}/${ACCOUNT}`;
  const onExit = () => child.kill('SIGKILL');
  process.once('exit', onExit);
  return {
    connectionString: `DefaultEndpointsProtocol=http;AccountName=${ACCOUNT};AccountKey=${ACCOUNT_KEY};BlobEndpoint=${blobEndpoint};TableEndpoint=${tableEndpoint};`,
    blobEndpoint,
    tableEndpoint,
    startMs,
    stop: async () => {
      process.removeListener('exit', onExit);
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      // SIGKILL: the data is in memory only, and a graceful close waits for idle keep-alive sockets.
      child.kill('SIGKILL');
      await exited;
    },
  };
}

/** Reads Azurite's startup lines until Blob and Table report their ports; rejects on exit or timeout. */
function listeningPorts(child: ChildProcess): Promise<Record<'Blob' | 'Table', number>> {
  return new Promise((resolve, reject) => {
    const ports: Partial<Record<string, number>> = {};
    let output = '';
    const fail = (why: string) => {
      clearTimeout(timer);
      child.kill();
      reject(new Error(`Azurite did not start: ${why}\n${output.slice(-2000)}`));
    };
    const timer = setTimeout(() => fail(`no listening ports after ${START_TIMEOUT_MS} ms`), START_TIMEOUT_MS);
    const read = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      for (const match of output.matchAll(
        /Azurite (\w+) service is successfully listening at http:\/\/[^:]+:(\d+)/g,
      ))
        ports[match[1] as string] = Number(match[2]);
      if (ports.Blob && ports.Table) {
        clearTimeout(timer);
        child.stdout?.removeListener('data', read);
        child.stdout?.resume();
        child.stderr?.resume();
        resolve({ Blob: ports.Blob, Table: ports.Table });
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.once('error', (error) => fail(error.message));
    child.once('exit', (code, signal) => fail(`exited (${code ?? signal})`));
  });
}

let shared: Promise<Azurite> | undefined;

/**
 * The one Azurite of this test process, started on first use and stopped when the process exits: every Azure
 * test file shares it (each test makes its own tables and containers), so a run starts Azurite once.
 */
export function sharedAzurite(): Promise<Azurite> {
  shared ??= startAzurite();
  return shared;
}
