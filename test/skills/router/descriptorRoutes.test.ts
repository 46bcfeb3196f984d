import assert from 'node:assert/strict';
import { completeFollowUp, routeMessage } from '../../../skills/router/routeMessage';
import type { SkillRoute } from '../../../skills/router/SkillRoute';
import { SkillRegistry } from '../../../skills/SkillRegistry';
import { SKILL_ROUTES, standInSkill } from '../../support/skillRoutes';

const skill = standInSkill;

/** A skill the router has never heard of: its descriptor alone says how a request for it is phrased. */
const bookRoom: SkillRoute = {
  order: 5,
  match: (message) => {
    const match = /^book (?:a )?room(?: (.+))?$/i.exec(message);
    if (!match) return undefined;
    return match[1]
      ? { params: { room: match[1] } }
      : { ask: { missing: 'room', prompt: 'Which room?', params: {} } };
  },
};

describe('routeMessage: a loop over the skills’ own routes', () => {
  const registry = new SkillRegistry()
    .register(skill('ask_knowledge', SKILL_ROUTES.ask_knowledge))
    .register(skill('my_tickets', SKILL_ROUTES.my_tickets))
    .register(skill('book_room', bookRoom));

  it('routes to a new skill from its descriptor, with no change to the router', () => {
    assert.deepEqual(routeMessage('book a room D1.020', registry), {
      kind: 'skill',
      skill: 'book_room',
      params: { room: 'D1.020' },
    });
  });

  it('asks the new skill’s question and fills the reply as the value (default fill)', () => {
    const ask = routeMessage('book a room', registry);
    assert.deepEqual(ask, {
      kind: 'ask',
      skill: 'book_room',
      missing: 'room',
      prompt: 'Which room?',
      params: {},
    });
    assert.deepEqual(completeFollowUp({ skill: 'book_room', params: {}, missing: 'room' }, 'B2', registry), {
      kind: 'skill',
      skill: 'book_room',
      params: { room: 'B2' },
    });
  });

  it('tries routes by order: the lower order wins when two skills match', () => {
    const greedy: SkillRoute = { order: 1, match: () => ({ params: { all: true } }) };
    const withGreedy = new SkillRegistry()
      .register(skill('ask_knowledge', SKILL_ROUTES.ask_knowledge))
      .register(skill('my_tickets', SKILL_ROUTES.my_tickets))
      .register(skill('greedy', greedy));
    assert.equal((routeMessage('my tickets', withGreedy) as { skill: string }).skill, 'greedy');
    assert.equal((routeMessage('my tickets', registry) as { skill: string }).skill, 'my_tickets');
  });

  it('sends what no route matched to the fallback skill, and to help without one', () => {
    assert.deepEqual(routeMessage('torque of wheel bolts?', registry), {
      kind: 'skill',
      skill: 'ask_knowledge',
      params: { question: 'torque of wheel bolts?' },
    });
    const noFallback = new SkillRegistry().register(skill('book_room', bookRoom));
    assert.deepEqual(routeMessage('torque of wheel bolts?', noFallback), { kind: 'help' });
  });
});
