import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { freePort } from '../../support/freePort';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const run = promisify(execFile);

describe('production build: npm run build, then the compiled server runs without a transpiler', function () {
  this.timeout(180000);
  let dataDir: string;
  before(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dist-data-'));
  });
  after(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('builds dist/ with the runtime layers and the files they read', async () => {
    await run(process.execPath, [path.join('node_modules', '.bin', 'tsx'), 'tools/build/build.ts'], {
      cwd: ROOT,
    });
    for (const file of [
      'dist/bot/index.js',
      'dist/adaptive-cards/templates/answer.json',
      'dist/adaptive-cards/messages/locales/en.json',
      'dist/adaptive-cards/messages/locales/fr.json',
      'dist/bot/planner/prompts/chat/skprompt.txt',
      'dist/infra/search/knowledge-index.json',
    ]) {
      assert.ok(fs.existsSync(path.join(ROOT, file)), `${file} missing`);
    }
    assert.ok(!fs.existsSync(path.join(ROOT, 'dist/test')), 'tests are not part of the build');
  });

  it('serves /healthz and a help card from dist/bot/index.js (plain node)', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, ['dist/bot/index.js'], {
      cwd: ROOT,
      env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, PLAYGROUND: 'off', NODE_OPTIONS: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const output: string[] = [];
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    try {
      let health: Response | undefined;
      // Up to 60 s: on a loaded machine the compiled server takes longer than 10 s to load its index.
      for (let i = 0; i < 600 && !health?.ok && child.exitCode === null; i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        health = await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => undefined);
      }
      assert.equal(health?.status, 200, output.join(''));
      const reply = await fetch(`http://127.0.0.1:${port}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          type: 'message',
          id: 'm1',
          text: 'help',
          channelId: 'msteams',
          serviceUrl: 'http://127.0.0.1:9',
          deliveryMode: 'expectReplies',
          from: { id: 'u1', aadObjectId: '00000000-0000-0000-0000-0000000000020', name: 'Alex' },
          recipient: { id: 'bot' },
          conversation: { id: 'c1', conversationType: 'personal' },
        }),
      });
      assert.equal(reply.status, 200);
      const body = (await reply.json()) as { activities?: { attachments?: unknown[] }[] };
      assert.ok(body.activities?.[0]?.attachments?.length, JSON.stringify(body).slice(0, 300));
    } finally {
      child.kill('SIGINT');
      await new Promise((resolve) => child.once('exit', resolve));
    }
  });
});
