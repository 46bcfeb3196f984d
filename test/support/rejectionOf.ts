import assert from 'node:assert/strict';

/**
 * The error `promise` rejects with, asserted to be an instance of `type` (`expected a <type>, got …`); fails
 * the test when the promise resolves instead.
 */
export async function rejectionOf<E extends Error>(
  promise: Promise<unknown>,
  type: abstract new (...args: never[]) => E,
): Promise<E> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof type, `expected a ${type.name}, got ${String(error)}`);
    return error;
  }
  assert.fail('expected a rejection');
}
