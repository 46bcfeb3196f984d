import assert from 'node:assert/strict';
import { startPlannerHarness } from './plannerHarness';

type Harness = Awaited<ReturnType<typeof startPlannerHarness>>;

/** In a brand's team or channel the model planner's tools are the brand's skills only (issue 14). */
describe('model planner in a brand place: only the brand’s skills are tools', () => {
  let h: Harness;
  before(async () => {
    h = await startPlannerHarness({ brandSkills: ['ask_knowledge', 'my_tickets'] });
  });
  after(() => h.stop());

  it('sends only the offered skills as tools', async () => {
    h.fake.reply({ content: 'Hello.' });
    await h.send('hello');
    const tools = (h.fake.requests.at(-1)?.body.tools ?? []) as { function: { name: string } }[];
    assert.deepEqual(
      tools.map((t) => t.function.name),
      ['ask_knowledge', 'my_tickets'],
    );
  });

  it('runs nothing when the model calls a skill the place does not offer', async () => {
    h.calls.length = 0;
    h.fake.reply(
      { toolCalls: [{ id: 'call_1', name: 'file_ticket', arguments: '{"summary":"printer jam"}' }] },
      { content: 'I cannot file tickets here.' },
    );
    await h.send('open a ticket: printer jam');
    assert.deepEqual(h.calls, []);
    const output = JSON.stringify(h.fake.requests.at(-1)?.body.messages ?? []);
    assert.match(output, /unknown_tool/);
    assert.doesNotMatch(output, /Available tools: [^"]*file_ticket/);
  });
});
