/**
 * Conversation-state memory benchmark: `npm run bench:state -- [--conversations N] [--json]`.
 * Runs the real bot (local mode, `createServer` on loopback) twice, each in its own Node process with
 * `--expose-gc`: with teams-ai's `MemoryStorage` (how the bot kept turn state before it expired) and with the
 * default `ConversationStorage` (SQLite, `CONVERSATION_STATE_TTL_HOURS`). In each, N conversations (default
 * 75,000), one user each, send `ticket status`: the bot asks "Which ticket number?" and keeps that pending
 * question in the conversation's state. After a full garbage collection it prints the growth of heap used and
 * resident memory over a baseline taken after 1,000 (at most N) warm-up conversations (idle memory, no request in flight).
 * `--json` adds one JSON line last: `{"conversations","memoryHeapMb","memoryRssMb","sqliteHeapMb","sqliteRssMb"}`.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { MemoryStorage } from 'botbuilder';
import { compose } from '../../host/compose';
import { loadConfig } from '../../host/config/loadConfig';
import { createServer } from '../../host/http/createServer';
import { silentLogger } from '../../host/log/createLogger';
import { createTeamsApp } from '../../bot/teams/createTeamsApp';
import { createBotEndpoint } from '../../bot/http/createBotEndpoint';
import { benchMessage } from './load/benchActivity';

type StorageKind = 'memory' | 'sqlite';

interface Growth {
  readonly heapMb: number;
  readonly rssMb: number;
}

const CONCURRENCY = 32;
const ROOT = path.resolve(__dirname, '..', '..');
const mb = (bytes: number): number => Math.round(bytes / 1e5) / 10;

/** One Teams 1:1 message in conversation `i` (one user per conversation), answered in the HTTP response. */
function activity(i: number): Record<string, unknown> {
  const user = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
  return benchMessage(`bench-${i}`, user, `a:bench-${i}`, 'ticket status');
}

async function send(url: string, from: number, to: number): Promise<void> {
  let next = from;
  const worker = async () => {
    while (next < to) {
      const i = next++;
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(activity(i)),
      });
      const body = await response.text();
      if (response.status !== 200 || !body.includes('Which ticket number?'))
        throw new Error(`conversation ${i}: HTTP ${response.status} ${body.slice(0, 200)}`);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
}

async function idleMemory(): Promise<{ heap: number; rss: number }> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with --expose-gc');
  for (let i = 0; i < 3; i += 1) {
    gc();
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const usage = process.memoryUsage();
  return { heap: usage.heapUsed, rss: usage.rss };
}

/** The measurement in one process: the bot with `kind` storage, N conversations after the warm-up. */
async function measure(kind: StorageKind, conversations: number): Promise<Growth> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-state-'));
  const config = loadConfig(
    { PORT: '3978', DATA_DIR: path.join(dir, 'data'), PLAYGROUND: 'off', LOG_LEVEL: 'error' },
    { cwd: ROOT, envFile: path.join(dir, 'no.env') },
  );
  const services = compose(config, { log: silentLogger });
  const teams = createTeamsApp(services, kind === 'memory' ? { storage: new MemoryStorage() } : {});
  const server = createServer(services, createBotEndpoint(services, teams));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/messages`;
  const warmUp = Math.min(1000, conversations);
  try {
    await send(url, 0, warmUp);
    const before = await idleMemory();
    await send(url, warmUp, warmUp + conversations);
    const after = await idleMemory();
    return { heapMb: mb(after.heap - before.heap), rssMb: mb(after.rss - before.rss) };
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await services.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs `measure` in a fresh process (so neither storage's garbage counts against the other). */
function inChild(kind: StorageKind, conversations: number): Promise<Growth> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '--expose-gc',
        ...process.execArgv,
        __filename,
        '--child',
        kind,
        '--conversations',
        String(conversations),
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`${kind} run exited with ${code}`));
      resolve(JSON.parse(out.trim().split('\n').pop() ?? '') as Growth);
    });
  });
}

const signed = (n: number): string => (n >= 0 ? `+${n}` : String(n));

function option(argv: string[], name: string): string | undefined {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : undefined;
}

async function main(argv: string[]): Promise<void> {
  const raw = option(argv, '--conversations') ?? '75000';
  const conversations = Number(raw);
  if (!Number.isInteger(conversations) || conversations < 1) {
    console.error('usage: npm run bench:state -- [--conversations N>=1] [--json]');
    process.exit(2);
  }
  const child = option(argv, '--child');
  if (child === 'memory' || child === 'sqlite') {
    console.log(JSON.stringify(await measure(child, conversations)));
    return;
  }
  const memory = await inChild('memory', conversations);
  const sqlite = await inChild('sqlite', conversations);
  console.log(`conversations        ${conversations} (each left waiting on "Which ticket number?")`);
  console.log(`MemoryStorage        heap ${signed(memory.heapMb)} MB, resident ${signed(memory.rssMb)} MB`);
  console.log(
    `ConversationStorage  heap ${signed(sqlite.heapMb)} MB, resident ${signed(sqlite.rssMb)} MB (SQLite)`,
  );
  if (argv.includes('--json')) {
    console.log(
      JSON.stringify({
        conversations,
        memoryHeapMb: memory.heapMb,
        memoryRssMb: memory.rssMb,
        sqliteHeapMb: sqlite.heapMb,
        sqliteRssMb: sqlite.rssMb,
      }),
    );
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
