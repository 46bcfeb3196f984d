import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { messageActivity, writeFixtureCorpus } from '../support/botFixture';
import { startFakeOpenAI } from '../support/fakeOpenAI';
import { freePort } from '../support/freePort';

const ROOT = path.resolve(__dirname, '..', '..');

/** Resolves when `check` returns true, polling every 25 ms; rejects after `attempts` tries (generous: a busy CI machine). */
async function until(what: string, check: () => boolean | Promise<boolean>, attempts = 4800): Promise<void> {
  for (let i = 0; i < attempts; i += 1) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`gave up waiting for ${what}`);
}

describe('graceful shutdown on SIGTERM (the real server in its own process)', function () {
  this.timeout(240000);
  let fake: Awaited<ReturnType<typeof startFakeOpenAI>>;
  let root: string;
  let child: ChildProcess | undefined;
  /** Every child started, so that a failed test leaves none running. */
  const children: ChildProcess[] = [];
  const lines: string[] = [];

  before(async () => {
    fake = await startFakeOpenAI();
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'shutdown-'));
  });
  after(async () => {
    for (const started of children) if (started.exitCode === null) started.kill('SIGKILL');
    await fake.stop();
    fs.rmSync(root, { recursive: true, force: true });
  });

  /** Starts `bot/index.ts` (as `npm run serve` does, through tsx) with a model served by the fake. */
  async function startServer(
    env: Record<string, string>,
  ): Promise<{ baseUrl: string; exited: Promise<number | null> }> {
    lines.splice(0);
    const port = await freePort();
    const { corpus, directory } = writeFixtureCorpus(root);
    child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'bot/index.ts')], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? '',
        PORT: String(port),
        DATA_DIR: path.join(root, `data-${port}`),
        KNOWLEDGE_SOURCE_DIR: corpus,
        DIRECTORY_FILE: directory,
        PLAYGROUND: 'off',
        MODEL_PROVIDER: 'openai',
        OPENAI_BASE_URL: fake.baseUrl,
        OPENAI_API_KEY: fake.apiKey,
        OPENAI_MODEL: 'gpt-4o',
        ...env,
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    children.push(child);
    let buffered = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const parts = buffered.split('\n');
      buffered = parts.pop() ?? '';
      lines.push(...parts);
    });
    const exited = new Promise<number | null>((resolve) => child?.once('exit', (code) => resolve(code)));
    const baseUrl = `http://127.0.0.1:${port}`;
    await until('the server to listen', () =>
      fetch(`${baseUrl}/healthz`).then(
        (response) => response.ok,
        () => false,
      ),
    );
    return { baseUrl, exited };
  }

  const logged = (message: string) =>
    lines.some((line) => {
      try {
        return (JSON.parse(line) as { message?: string }).message === message;
      } catch {
        return false;
      }
    });

  it('stops accepting, lets the turn in flight finish, closes the stores and exits 0', async () => {
    let release: () => void = () => undefined;
    fake.reply({ content: 'The held answer.', release: new Promise<void>((resolve) => (release = resolve)) });
    const before = fake.requests.length;
    const { baseUrl, exited } = await startServer({ SHUTDOWN_TIMEOUT_MS: '30000' });

    let answered = false;
    const turn = fetch(`${baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(messageActivity('Say something held, please.')),
    }).then(async (response) => {
      answered = true;
      return { status: response.status, body: await response.text() };
    });
    // The turn is in flight: the model call is held open by the fake.
    await until('the model call', () => fake.requests.length > before);

    child?.kill('SIGTERM');
    await until('the shutdown to start', () => logged('shutdown: stopped accepting connections'));
    await assert.rejects(fetch(`${baseUrl}/healthz`), (error: { cause?: { code?: string } }) => {
      assert.equal(error.cause?.code, 'ECONNREFUSED');
      return true;
    });
    assert.equal(child?.exitCode, null, 'still running while the turn is in flight');
    assert.equal(answered, false);

    release();
    const { status, body } = await turn;
    assert.equal(status, 200, body);
    assert.match(body, /The held answer\./);
    assert.equal(await exited, 0);
    assert.ok(logged('shutdown: complete'), lines.join('\n'));
    assert.ok(!logged('shutdown: requests cut at the bound'));
  });

  it('a turn that outlives SHUTDOWN_TIMEOUT_MS is cut; the process still closes and exits 0', async () => {
    fake.reply({ content: 'Never sent.', release: new Promise<void>(() => undefined) });
    const before = fake.requests.length;
    const { baseUrl, exited } = await startServer({ SHUTDOWN_TIMEOUT_MS: '300' });
    const turn = fetch(`${baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(messageActivity('Say something that never ends.')),
    }).then(
      (response) => response.status,
      () => 'cut' as const,
    );
    await until('the model call', () => fake.requests.length > before);
    child?.kill('SIGTERM');
    assert.equal(await exited, 0);
    assert.equal(await turn, 'cut');
    assert.ok(logged('shutdown: requests cut at the bound'), lines.join('\n'));
  });
});
