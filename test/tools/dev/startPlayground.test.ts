import assert from 'node:assert/strict';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import net, { type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { assertPortFree } from '../../../tools/dev/assertPortFree';
import { startPlayground } from '../../../tools/dev/startPlayground';

async function listenOn(port: number, host?: string): Promise<net.Server> {
  const server = net.createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port, host }, () => resolve());
  });
  return server;
}

async function freePort(): Promise<number> {
  const server = await listenOn(0);
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('startPlayground', function () {
  this.timeout(90000);
  let workDir: string;
  beforeEach(async () => {
    workDir = await mkdtemp(path.join(os.tmpdir(), 'playground-test-'));
  });
  afterEach(async () => {
    await rm(workDir, { recursive: true, force: true });
  });

  it('serves the UI, writes only into workDir, and frees its port on stop (twice is fine)', async () => {
    const port = await freePort();
    const botEndpoint = `http://127.0.0.1:${await freePort()}/api/messages`;
    const playground = await startPlayground({ botEndpoint, port, workDir });
    try {
      assert.equal(playground.url, `http://127.0.0.1:${port}`);
      const response = await fetch(playground.url);
      assert.equal(response.status, 200);
      assert.match(await response.text(), /<title>Microsoft 365 Agents Playground<\/title>/);
    } finally {
      await playground.stop();
      await playground.stop();
    }
    await assertPortFree(port, 'PLAYGROUND_PORT');
    assert.deepEqual(await readdir(workDir), ['m365agentsplayground.log']);
  });

  for (const [where, host] of [
    ['all interfaces', undefined],
    ['127.0.0.1 only', '127.0.0.1'],
  ] as const)
    it(`rejects naming the port and PLAYGROUND_PORT when the port is taken on ${where}`, async () => {
      const blocker = await listenOn(await freePort(), host);
      const { port } = blocker.address() as AddressInfo;
      try {
        await assert.rejects(
          startPlayground({ botEndpoint: 'http://127.0.0.1:9/api/messages', port, workDir }),
          (error: Error) => error.message.includes(String(port)) && error.message.includes('PLAYGROUND_PORT'),
        );
      } finally {
        blocker.close();
      }
    });
});
