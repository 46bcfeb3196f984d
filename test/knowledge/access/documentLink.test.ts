import assert from 'node:assert/strict';
import { signDocumentLink, verifyDocumentLink } from '../../../knowledge/access/documentLink';

const signer = { secret: 's'.repeat(40), viewerUrl: 'http://localhost:3978/docs', ttlSeconds: 60 };
const params = (url: string) => new URL(url).searchParams;

describe('documentLink', () => {
  const now = Date.UTC(2026, 0, 1);
  const url = signDocumentLink(signer, { docId: 'a/b.md', userId: 'u1', anchor: 'c1', nowMs: now });
  it('verifies its own link', () =>
    assert.deepEqual(verifyDocumentLink(signer.secret, params(url), now), { docId: 'a/b.md', userId: 'u1' }));
  it('keeps the anchor', () => assert.equal(new URL(url).hash, '#c1'));
  it('rejects after expiry', () =>
    assert.equal(verifyDocumentLink(signer.secret, params(url), now + 61_000), undefined));
  it('rejects another secret', () =>
    assert.equal(verifyDocumentLink('x'.repeat(40), params(url), now), undefined));
  for (const [field, value] of [
    ['d', 'other.md'],
    ['u', 'u2'],
    ['e', '9999999999'],
    ['s', 'AAAA'],
  ]) {
    it(`rejects a tampered ${field}`, () => {
      const tampered = params(url);
      tampered.set(field as string, value as string);
      assert.equal(verifyDocumentLink(signer.secret, tampered, now), undefined);
    });
  }
  it('rejects missing fields', () =>
    assert.equal(verifyDocumentLink(signer.secret, new URLSearchParams('d=a'), now), undefined));
});
