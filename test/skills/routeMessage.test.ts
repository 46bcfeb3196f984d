import assert from 'node:assert/strict';
import { z } from 'zod/v4';
import { normaliseMessage, routeMessage } from '../../skills/router/routeMessage';
import { SkillRegistry } from '../../skills/SkillRegistry';
import type { SkillResult } from '../../skills/SkillDescriptor';
import { SKILL_ROUTES } from '../support/skillRoutes';

const result: SkillResult = {
  card: { type: 'AdaptiveCard', version: '1.5', body: [] } as never,
  text: 'ok',
  aiGenerated: false,
  citations: [],
};
const registry = new SkillRegistry().register({
  name: 'ask_knowledge',
  title: 'Ask',
  description: 'd',
  parameters: z.object({ question: z.string().min(1) }),
  consequential: false,
  examples: [],
  handler: async () => result,
  route: SKILL_ROUTES.ask_knowledge,
});

describe('routeMessage', () => {
  const table: [string, string][] = [
    ['help', 'help'],
    ['Help!', 'help'],
    ['hilfe', 'help'],
    ['aide', 'help'],
    ['aiuto', 'help'],
    ['hi', 'help'],
    ['What can you do?', 'help'],
    ['<at>Norvik Assistant</at> help', 'help'],
    ['', 'empty'],
    ['   ', 'empty'],
    ['<at>Norvik Assistant</at>', 'empty'],
    ['What is the brake fade test?', 'skill'],
    ['help me find the VPN guide', 'skill'],
  ];
  for (const [text, kind] of table)
    it(`"${text}" -> ${kind}`, () => assert.equal(routeMessage(text, registry).kind, kind));
  it('passes the cleaned question to ask_knowledge', () => {
    assert.deepEqual(routeMessage('<at>Bot</at>  torque\u0000 spec ', registry), {
      kind: 'skill',
      skill: 'ask_knowledge',
      params: { question: 'torque spec' },
    });
  });
  it('normalises control characters and mentions', () =>
    assert.equal(normaliseMessage('<at>x</at>a\u0007b'), 'a b'));
});

describe('SkillRegistry', () => {
  it('parses parameters before the handler runs', async () => {
    const skill = registry.get('ask_knowledge');
    await assert.rejects(
      skill!.invoke({ question: '' }, { user: { id: 'u', principals: [] }, surface: 'test' }),
      /invalid_parameters/,
    );
    await assert.rejects(
      skill!.invoke('junk', { user: { id: 'u', principals: [] }, surface: 'test' }),
      /invalid_parameters/,
    );
    assert.equal(
      (await skill!.invoke({ question: 'q' }, { user: { id: 'u', principals: [] }, surface: 'test' })).text,
      'ok',
    );
  });
  it('derives JSON schema from the descriptor', () => {
    const schema = registry.get('ask_knowledge')!.parametersJsonSchema;
    assert.equal(schema.type, 'object');
    assert.deepEqual(schema.required, ['question']);
  });
  it('refuses duplicate and badly named skills', () => {
    const descriptor = {
      name: 'ask_knowledge',
      title: '',
      description: '',
      parameters: z.object({}),
      consequential: false,
      examples: [],
      handler: async () => result,
    };
    assert.throws(() => registry.register(descriptor), /twice/);
    assert.throws(() => new SkillRegistry().register({ ...descriptor, name: 'Bad-Name' }), /snake_case/);
  });
});
