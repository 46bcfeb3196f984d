import assert from 'node:assert/strict';
import { createValueSealer } from '../../../../host/http/signIn/sealedValue';

const SECRET = 's'.repeat(43);
const sealer = createValueSealer(SECRET, 'reader-session-v1');
/** The tests' clock: every check opens at this time (the suite may run long after this file loads). */
const T0 = Date.now();
const sealed = sealer.seal({ u: 'user-1' }, T0 + 60_000);
const flip = (text: string, at: number) =>
  `${text.slice(0, at)}${text[at] === 'A' ? 'B' : 'A'}${text.slice(at + 1)}`;

describe('createValueSealer (sealed cookie values)', () => {
  it('opens what it sealed, before its expiry', () => {
    assert.deepEqual(sealer.open(sealed, T0), { u: 'user-1' });
  });
  it('does not show the value in the sealed text', () => {
    assert.doesNotMatch(Buffer.from(sealed, 'base64url').toString('latin1'), /user-1/);
  });
  for (const [name, value] of [
    ['undefined', undefined],
    ['empty', ''],
    ['not base64url', 'abc$def'],
    ['too short', 'AAAA'],
    ['over 4 KB', 'A'.repeat(5000)],
    ['a flipped byte in the iv', flip(sealed, 2)],
    ['a flipped byte in the tag', flip(sealed, 20)],
    ['a flipped byte in the body', flip(sealed, sealed.length - 3)],
    ['truncated', sealed.slice(0, -4)],
  ] as const) {
    it(`refuses ${name}`, () => assert.equal(sealer.open(value, T0), undefined));
  }
  it('refuses a value after its expiry', () => {
    assert.equal(sealer.open(sealed, T0 + 61_000), undefined);
  });
  it('refuses a value sealed for another purpose or with another secret', () => {
    assert.equal(createValueSealer(SECRET, 'sign-in-transaction-v1').open(sealed, T0), undefined);
    assert.equal(createValueSealer('t'.repeat(43), 'reader-session-v1').open(sealed, T0), undefined);
  });
});
