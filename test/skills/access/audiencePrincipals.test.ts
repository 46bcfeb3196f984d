import assert from 'node:assert/strict';
import { audiencePrincipals } from '../../../skills/access/audiencePrincipals';

describe('audiencePrincipals', () => {
  it('keeps only what every member holds', () => {
    assert.deepEqual(
      audiencePrincipals([
        ['user:a', 'everyone', 'group:eng', 'group:brand-aurex'],
        ['user:b', 'everyone', 'group:eng', 'group:brand-velora'],
      ]),
      ['everyone', 'group:eng'],
    );
  });
  it('drops every user principal once two people are in the audience', () => {
    assert.deepEqual(
      audiencePrincipals([
        ['user:a', 'everyone'],
        ['user:b', 'everyone'],
      ]),
      ['everyone'],
    );
  });
  it('is the member’s own list for one member, without duplicates', () => {
    assert.deepEqual(audiencePrincipals([['user:a', 'everyone', 'everyone']]), ['user:a', 'everyone']);
  });
  it('is empty for no members (fails closed)', () => {
    assert.deepEqual(audiencePrincipals([]), []);
  });
  it('is empty when one member holds nothing (an external member without access)', () => {
    assert.deepEqual(audiencePrincipals([['user:a', 'everyone'], []]), []);
  });
  it('does not depend on member order', () => {
    const a = ['everyone', 'group:x', 'group:y'];
    const b = ['group:y', 'everyone'];
    assert.deepEqual(new Set(audiencePrincipals([a, b])), new Set(audiencePrincipals([b, a])));
  });
});
