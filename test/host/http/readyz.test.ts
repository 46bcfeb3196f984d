import assert from 'node:assert/strict';
import { startFixtureBot } from '../../support/botFixture';

describe('GET /readyz (index and stores reachable)', function () {
  this.timeout(30000);
  let fixture: Awaited<ReturnType<typeof startFixtureBot>>;
  beforeEach(async () => {
    fixture = await startFixtureBot();
  });
  afterEach(() => fixture.stop());

  const readyz = async () => {
    const response = await fetch(`${fixture.baseUrl}/readyz`);
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  it('200 ready with every backend checked', async () => {
    assert.deepEqual(await readyz(), {
      status: 200,
      body: { status: 'ready', checks: { index: 'ok', state: 'ok', audit: 'ok', tickets: 'ok' } },
    });
  });

  it('503 naming the audit log when its store is closed, the others still ok', async () => {
    await fixture.bot.services.audit.close();
    assert.deepEqual(await readyz(), {
      status: 503,
      body: {
        status: 'not_ready',
        checks: { index: 'ok', state: 'ok', audit: 'unreachable', tickets: 'ok' },
      },
    });
  });

  it('503 naming the index when it is closed', async () => {
    await fixture.bot.services.index.close();
    const { status, body } = await readyz();
    assert.equal(status, 503);
    assert.deepEqual(body.checks, { index: 'unreachable', state: 'ok', audit: 'ok', tickets: 'ok' });
  });

  it('503 naming the ticket desk when it is closed', async () => {
    await fixture.bot.services.tickets.close();
    const { status, body } = await readyz();
    assert.equal(status, 503);
    assert.equal((body.checks as Record<string, string>).tickets, 'unreachable');
  });

  it('/healthz stays 200 while not ready (the process is alive)', async () => {
    await fixture.bot.services.audit.close();
    assert.equal((await fetch(`${fixture.baseUrl}/healthz`)).status, 200);
  });

  it('only GET', async () => {
    const response = await fetch(`${fixture.baseUrl}/readyz`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    assert.equal(response.status, 405);
  });
});
