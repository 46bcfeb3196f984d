import assert from 'node:assert/strict';
import { z } from 'zod/v4';
import { routeMessage } from '../../../skills/router/routeMessage';
import type { SkillResult } from '../../../skills/SkillDescriptor';
import { SkillRegistry } from '../../../skills/SkillRegistry';
import { SKILL_ROUTES } from '../../support/skillRoutes';

const result: SkillResult = {
  card: { type: 'AdaptiveCard', version: '1.5', body: [] } as never,
  text: 'ok',
  aiGenerated: false,
  citations: [],
};
const skill = (name: string, parameters: z.ZodType<Record<string, unknown>>) => ({
  name,
  title: name,
  description: name,
  parameters,
  consequential: false,
  examples: [],
  handler: async () => result,
  route: SKILL_ROUTES[name],
});
const registry = new SkillRegistry()
  .register(skill('ask_knowledge', z.object({ question: z.string() })))
  .register(skill('my_tickets', z.object({})))
  .register(skill('file_ticket', z.object({ summary: z.string() })))
  .register(skill('draft_report', z.object({ topic: z.string() })));

describe('routeMessage with conversational openers (follow-ups)', () => {
  for (const [text, expected] of [
    ['and my tickets?', 'my_tickets'],
    ['also, open a ticket: the printer on floor 2 is jammed', 'file_ticket'],
    ['ok now draft a report on brake validation', 'draft_report'],
    ['and for vans?', 'ask_knowledge'],
    ['what about the second step?', 'ask_knowledge'],
  ] as const) {
    it(`"${text}" -> ${expected}`, () => {
      const route = routeMessage(text, registry);
      assert.equal(route.kind === 'skill' ? route.skill : route.kind, expected);
    });
  }

  it('keeps the opener in a knowledge question, for the follow-up rewrite', () =>
    assert.deepEqual(routeMessage('and for vans?', registry), {
      kind: 'skill',
      skill: 'ask_knowledge',
      params: { question: 'and for vans?' },
    }));

  it('drops the opener from a ticket summary', () => {
    const route = routeMessage('also, open a ticket: the printer on floor 2 is jammed', registry);
    assert.deepEqual(route.kind === 'skill' && route.params, { summary: 'the printer on floor 2 is jammed' });
  });
});
