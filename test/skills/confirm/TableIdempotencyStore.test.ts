import assert from 'node:assert/strict';
import { TableIdempotencyStore } from '../../../skills/confirm/TableIdempotencyStore';
import { azureStoreFactory } from '../../support/azureStoreFactory';
import { storeUnderTest } from '../../support/storeFixture';
import { idempotencyStoreContract } from './IdempotencyStore.contract';

idempotencyStoreContract(
  'Azure Table Storage (Azurite)',
  azureStoreFactory((storage) => new TableIdempotencyStore({ table: storage.table('idempotency') })),
);

describe('TableIdempotencyStore across instances', () => {
  /** `leaseMs` 0 makes every claim held by another store count as abandoned. */
  let leaseMs = 60_000;
  const subject = storeUnderTest(
    azureStoreFactory(
      (storage) => new TableIdempotencyStore({ table: storage.table('idempotency'), leaseMs, maxPollMs: 50 }),
    ),
    () => ({}),
  );
  beforeEach(() => {
    leaseMs = 60_000;
  });

  /** Work that finishes only when `release` is called, counting its runs. */
  const gate = () => {
    let release: () => void = () => undefined;
    const opened = new Promise<void>((resolve) => (release = resolve));
    const state = { runs: 0 };
    const work = async () => {
      state.runs += 1;
      await opened;
      return { ticket: `T-${state.runs}` };
    };
    return { work, release, state };
  };

  it('runs the work once when two instances claim one key at once; the second gets the first result', async () => {
    const other = await subject.open();
    const { work, release, state } = gate();
    const first = subject.store.run('k', work);
    const second = other.run('k', work);
    // Give the second claimant time to find the first's claim and wait on it (the run is held open meanwhile).
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.equal(state.runs, 1);
    release();
    assert.deepEqual(await Promise.all([first, second]), [{ ticket: 'T-1' }, { ticket: 'T-1' }]);
    assert.equal(state.runs, 1);
  });

  it('lets a waiting instance claim the key when the first run fails', async () => {
    const other = await subject.open();
    let fail: (error: Error) => void = () => undefined;
    let started: () => void = () => undefined;
    const running = new Promise<void>((resolve) => (started = resolve));
    const failing = subject.store.run(
      'k',
      () =>
        new Promise<never>((_, reject) => {
          fail = reject;
          started();
        }),
    );
    await running;
    let ranSecond = 0;
    const second = other.run('k', async () => {
      ranSecond += 1;
      return { ticket: 'T-2' };
    });
    // Give the second claimant time to find the claim and wait on it.
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.equal(ranSecond, 0);
    fail(new Error('backend down'));
    await assert.rejects(failing, { message: 'backend down' });
    assert.deepEqual(await second, { ticket: 'T-2' });
    assert.equal(ranSecond, 1);
  });

  it('takes over a claim older than the lease (its instance died) and keeps the first stored result', async () => {
    const stuck = gate();
    const abandoned = subject.store.run('k', stuck.work);
    while (stuck.state.runs === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    leaseMs = 0;
    const rescuer = await subject.open();
    let runs = 0;
    const takeover = rescuer.run('k', async () => {
      runs += 1;
      return { ticket: 'T-takeover' };
    });
    assert.deepEqual(await takeover, { ticket: 'T-takeover' });
    assert.equal(runs, 1);
    // The slow first run finishes later: its result does not replace the stored one.
    stuck.release();
    assert.deepEqual(await abandoned, { ticket: 'T-takeover' });
    assert.deepEqual(await rescuer.run('k', async () => ({ ticket: 'never' })), { ticket: 'T-takeover' });
  });
});
