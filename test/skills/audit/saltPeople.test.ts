import assert from 'node:assert/strict';
import { saltPeople } from '../../../skills/audit/personalFields';

describe('saltPeople', () => {
  it('gives every personal field of every record its own fresh 16-byte salt, across pool refills', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 400; i += 1) {
      const people = saltPeople({ actor: { conversationId: 'c' }, confirmedBy: 'u' });
      const salts = Object.values(people).map((p) => ('salt' in p ? p.salt : ''));
      assert.equal(salts.length, 4);
      for (const salt of salts) {
        assert.match(salt, /^[0-9a-f]{32}$/u);
        assert.ok(!seen.has(salt), 'a salt is never handed out twice');
        seen.add(salt);
      }
    }
    assert.deepEqual(Object.keys(saltPeople({ actor: {} })), ['actor.userId', 'parameters']);
  });
});
