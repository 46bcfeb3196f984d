/**
 * Load benchmark: `npm run bench:load -- [--duration S] [--connections N] [--search-threads T] [--json]`.
 * Builds the production bundle (`npm run build`, `dist/`) and ingests the sample corpus into a fresh embedded
 * index, then, each server in its own Node process on loopback:
 * 1. the production server as `npm run serve` runs it (`node dist/bot/index.js`: compiled JavaScript, no
 *    transpiler; local mode, log level info to a file; its index searched on `INDEX_SEARCH_THREADS` worker threads:
 *    the default 1, or T) takes knowledge turns:
 *    `POST /api/messages` with `deliveryMode: expectReplies`, the sample's questions (`knowledge/sample/
 *    questions.json`) each asked by its user, over 100 conversations, driven by autocannon for S seconds
 *    (default 10) over N connections (default 10);
 * 2. a bare teams-ai echo bot on the same adapter (`load/startEchoServer`) takes the same activities;
 * 3. the raw index search (`KnowledgeIndex.search` of the same build, the asker's principals) runs the same
 *    questions in this process, on the calling thread (the search alone, no hand-over to a thread), with the `top` a knowledge turn retrieves (`DEFAULT_KNOWLEDGE_TOP`, 12), so the search a turn
 *    contains is what its cost is compared with; and, for comparison with figures measured before (when the
 *    baseline searched the top 8 only), with top 8.
 * Prints requests/s and p50/p95/p99 latency for each server, resident memory (idle: after start and one pass
 * over the questions; peak: sampled every 50 ms under load), the mean search time, and the turn's cost against
 * its parts: (1000 / turn req/s) / (1000 / echo req/s + search ms); on Linux also each server's CPU time per
 * request and the same ratio by CPU time (steadier when other processes compete for the cores). `--json` adds
 * one JSON line last: `{"turnRps","echoRps","searchMs","costRatio","rssIdleMb","rssPeakMb"}` (memory of the bot
 * process; `searchMs` and `costRatio` with the turn's `top`).
 * Operator-time code: never imported by the runtime. Sends traffic to 127.0.0.1 only.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../host/config/loadConfig';
import { createIndex } from '../../host/createIndex';
import { DEFAULT_KNOWLEDGE_TOP } from '../../skills/knowledge/askKnowledgeSkill';
import { runIngest } from '../../knowledge/ingest/runIngest';
import { FolderSource } from '../../knowledge/sources/FolderSource';
import { benchActivity, type Question } from './load/benchActivity';
import { driveLoad, type LoadFigures } from './load/driveLoad';
import { measureSearch } from './load/measureSearch';
import { buildProduction, startProductionServer, stopChild } from './load/productionServer';
import { cpuTimeMs, residentMemory, samplePeak } from './load/residentMemory';
import { startEchoServer } from './load/startEchoServer';

const ROOT = path.resolve(__dirname, '..', '..');
const SAMPLE = path.join(ROOT, 'knowledge', 'sample');
/** What a knowledge turn retrieves per question: the search baseline searches as many. */
const TOP = DEFAULT_KNOWLEDGE_TOP;
/** The baseline's `top` before it matched the turn's (printed for comparison). */
const TOP_BEFORE = 8;
const mb = (bytes: number): number => Math.round(bytes / 1e5) / 10;
const round = (n: number, digits = 2): number => Math.round(n * 10 ** digits) / 10 ** digits;

function option(argv: string[], name: string): string | undefined {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : undefined;
}

/** Child mode: serve the echo bot and print `{"port"}`; SIGTERM stops. */
async function serveEcho(): Promise<void> {
  const { server, port } = await startEchoServer();
  console.log(JSON.stringify({ port }));
  process.once('SIGTERM', () => server.close(() => process.exit(0)));
}

/**
 * Starts a server in its own process; resolves once it answers. Its stderr (the bot's log) goes to `logFile`.
 * `bot`: the production server (`startProductionServer`) over the index in `dataDir`. `echo`: this file in
 * child mode.
 */
async function startChild(
  kind: 'bot' | 'echo',
  dataDir: string,
  logFile: string,
  botEnv: Readonly<Record<string, string>>,
): Promise<{ child: ChildProcess; url: string }> {
  if (kind === 'bot') return startProductionServer(ROOT, { DATA_DIR: dataDir, ...botEnv }, logFile);
  const child = spawn(process.execPath, [...process.execArgv, __filename, '--child', 'echo'], {
    stdio: ['ignore', 'pipe', fs.openSync(logFile, 'a')],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const line = out.split('\n').find((l) => l.startsWith('{"port"'));
      if (line) resolve((JSON.parse(line) as { port: number }).port);
    });
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`echo server exited with ${code} (log: ${logFile})`)));
  });
  return { child, url: `http://127.0.0.1:${port}/api/messages` };
}

/** One sequential pass over the questions (warms caches and checks every turn answers with a card). */
async function warmUp(url: string, questions: readonly Question[], expectCard: boolean): Promise<void> {
  for (const [i, question] of questions.entries()) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(benchActivity(-1 - i, question)),
    });
    const body = await response.text();
    if (response.status !== 200 || (expectCard && !body.includes('application/vnd.microsoft.card.adaptive')))
      throw new Error(`warm-up "${question.question}": HTTP ${response.status} ${body.slice(0, 200)}`);
  }
}

interface ServerFigures extends LoadFigures {
  readonly rssIdleMb: number;
  readonly rssPeakMb: number;
  /** CPU time the server process used per request under load (0 where /proc is missing). */
  readonly cpuMsPerRequest: number;
}

async function measureServer(
  kind: 'bot' | 'echo',
  dataDir: string,
  logFile: string,
  questions: readonly Question[],
  load: { connections: number; durationS: number; botEnv: Readonly<Record<string, string>> },
): Promise<ServerFigures> {
  const { child, url } = await startChild(kind, dataDir, logFile, load.botEnv);
  try {
    await warmUp(url, questions, kind === 'bot');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const pid = child.pid ?? 0;
    const idle = residentMemory(pid) ?? 0;
    const peak = samplePeak(pid);
    const cpuBefore = cpuTimeMs(pid) ?? 0;
    let n = 0;
    const figures = await driveLoad({
      url,
      ...load,
      next: () => {
        n += 1;
        return benchActivity(n, questions[n % questions.length] as Question);
      },
    });
    const cpuMs = (cpuTimeMs(pid) ?? cpuBefore) - cpuBefore;
    return {
      ...figures,
      rssIdleMb: mb(idle),
      rssPeakMb: mb(peak.stop()),
      cpuMsPerRequest: figures.requests > 0 ? cpuMs / figures.requests : 0,
    };
  } finally {
    child.removeAllListeners('exit');
    await stopChild(child);
  }
}

function line(name: string, f: ServerFigures): string {
  return (
    `${name.padEnd(16)} ${round(f.rps, 1)} req/s  p50 ${round(f.p50Ms, 1)} ms  p95 ${round(f.p95Ms, 1)} ms  ` +
    `p99 ${round(f.p99Ms, 1)} ms  CPU ${round(f.cpuMsPerRequest)} ms/request  RSS idle ${f.rssIdleMb} MB, peak ${f.rssPeakMb} MB  ` +
    `(${f.requests} requests, ${f.errors} errors, ${f.non2xx} non-2xx)`
  );
}

async function main(argv: string[]): Promise<void> {
  const durationS = Number(option(argv, '--duration') ?? '10');
  const connections = Number(option(argv, '--connections') ?? '10');
  const searchThreads = option(argv, '--search-threads');
  if (
    (searchThreads !== undefined && !/^(?:[0-9]|1[0-6])$/.test(searchThreads)) ||
    !(durationS > 0 && durationS <= 600) ||
    !Number.isInteger(connections) ||
    connections < 1 ||
    connections > 1000
  ) {
    console.error(
      'usage: npm run bench:load -- [--duration S (0-600]] [--connections N (1-1000)] [--search-threads T (0-16)] [--json]',
    );
    process.exit(2);
  }
  if (option(argv, '--child') === 'echo') return serveEcho();

  const questions = JSON.parse(fs.readFileSync(path.join(SAMPLE, 'questions.json'), 'utf8')) as Question[];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-load-'));
  const dataDir = path.join(dir, 'data');
  const logFile = path.join(dir, 'server.log');
  try {
    buildProduction(ROOT);
    const config = loadConfig(
      { DATA_DIR: dataDir, PLAYGROUND: 'off' },
      { cwd: ROOT, envFile: path.join(dir, 'no.env') },
    );
    const index = createIndex(config);
    const ingest = await runIngest({ source: new FolderSource({ root: config.knowledgeSourceDir }), index });
    await index.close();
    console.log(
      `bench:load  sample corpus (${ingest.added} documents), ${questions.length} questions, ` +
        `${connections} connections, ${durationS} s per server, loopback; the bot and the search from the ` +
        `production build (dist/, plain node); the bot searches on ` +
        `${searchThreads ?? `${config.search.backend === 'embedded' ? config.search.threads : 0} (default)`} ` +
        'worker thread(s) (INDEX_SEARCH_THREADS), the raw search runs on the calling thread',
    );
    const botEnv: Record<string, string> =
      searchThreads === undefined ? {} : { INDEX_SEARCH_THREADS: searchThreads };
    const load = { connections, durationS, botEnv };
    const turn = await measureServer('bot', dataDir, logFile, questions, load);
    console.log(line('knowledge turns', turn));
    const echo = await measureServer('echo', dataDir, logFile, questions, load);
    console.log(line('echo bot', echo));
    const search = await measureSearch(ROOT, dataDir, questions, TOP);
    const before = await measureSearch(ROOT, dataDir, questions, TOP_BEFORE);
    for (const [s, top] of [
      [search, TOP],
      [before, TOP_BEFORE],
    ] as const)
      console.log(
        `${'index search'.padEnd(16)} ${round(s.mean, 3)} ms mean  p50 ${round(s.p50, 3)} ms  ` +
          `p95 ${round(s.p95, 3)} ms  p99 ${round(s.p99, 3)} ms  (${s.count} searches, top ${top})`,
      );
    const turnCost = 1000 / turn.rps;
    const echoCost = 1000 / echo.rps;
    const costRatio = turnCost / (echoCost + search.mean);
    const costRatioTop8 = turnCost / (echoCost + before.mean);
    console.log(
      `turn cost ${round(turnCost)} ms / (echo ${round(echoCost, 3)} ms + search ${round(search.mean, 3)} ms) = ${round(costRatio)}` +
        `  (with the top-${TOP_BEFORE} search: ${round(costRatioTop8)})`,
    );
    const cpuRatio =
      turn.cpuMsPerRequest > 0 && echo.cpuMsPerRequest > 0
        ? turn.cpuMsPerRequest / (echo.cpuMsPerRequest + search.mean)
        : 0;
    if (cpuRatio > 0)
      console.log(
        `by CPU time: turn ${round(turn.cpuMsPerRequest)} ms / (echo ${round(echo.cpuMsPerRequest, 3)} ms + search ` +
          `${round(search.mean, 3)} ms) = ${round(cpuRatio)}  (with the top-${TOP_BEFORE} search: ` +
          `${round(turn.cpuMsPerRequest / (echo.cpuMsPerRequest + before.mean))})`,
      );
    if (argv.includes('--json')) {
      console.log(
        JSON.stringify({
          turnRps: round(turn.rps, 1),
          echoRps: round(echo.rps, 1),
          searchMs: round(search.mean, 3),
          costRatio: round(costRatio),
          rssIdleMb: turn.rssIdleMb,
          rssPeakMb: turn.rssPeakMb,
        }),
      );
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
