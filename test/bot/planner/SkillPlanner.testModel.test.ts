import assert from 'node:assert/strict';
import { TestModel, type ChatCompletionAction } from '@microsoft/teams-ai';
import { skillTools } from '../../../bot/planner/skillTools';
import { startPlannerHarness } from './plannerHarness';

type Harness = Awaited<ReturnType<typeof startPlannerHarness>>;
type Step = { toolCall: { name: string; arguments: string } } | { say: string };

/**
 * teams-ai's own TestModel as the planner's model: each completion answers the next scripted step and
 * records the tools it was offered and the tool outputs it was given.
 */
function scriptedModel(steps: Step[]) {
  const seen: { actions: ChatCompletionAction[]; outputs: Record<string, string> }[] = [];
  const model = TestModel.createTestModel(
    async (_model, _context, memory, _functions, _tokenizer, template) => {
      seen.push({
        actions: template.actions ?? [],
        outputs: { ...((memory.getValue('temp.actionOutputs') as Record<string, string>) ?? {}) },
      });
      const step = steps.shift() ?? { say: '' };
      if ('say' in step) return { status: 'success', message: { role: 'assistant', content: step.say } };
      return {
        status: 'success',
        message: {
          role: 'assistant',
          content: '',
          action_calls: [{ id: `call_${seen.length}`, type: 'function', function: step.toolCall }],
        },
      };
    },
  );
  return { model, seen, steps };
}

describe('model planner with teams-ai TestModel', () => {
  const script = scriptedModel([]);
  let h: Harness;
  before(async () => {
    h = await startPlannerHarness({ completionModel: script.model });
  });
  after(() => h.stop());
  beforeEach(() => {
    script.seen.length = 0;
    script.steps.length = 0;
    h.calls.length = 0;
  });

  it('offers the tools generated from the registry', async () => {
    script.steps.push({ say: 'Hi.' });
    await h.send('hello');
    assert.deepEqual(script.seen[0]?.actions, skillTools(h.registry));
    assert.deepEqual(
      script.seen[0]?.actions.map((a) => a.name),
      ['ask_knowledge', 'file_ticket', 'ticket_status', 'my_tickets', 'draft_report'],
    );
  });

  it('routes a tool call through run and feeds its result back', async () => {
    script.steps.push(
      { toolCall: { name: 'file_ticket', arguments: JSON.stringify({ summary: 'printer jam on floor 2' }) } },
      { say: 'Check the proposal card.' },
    );
    const replies = await h.send('open a ticket: printer jam on floor 2');
    assert.deepEqual(
      h.calls.map((c) => [c.skill, c.params, c.planner]),
      [['file_ticket', { summary: 'printer jam on floor 2' }, 'model:gpt-4o']],
    );
    const output = script.seen[1]?.outputs?.call_1 ?? '';
    assert.match(output, /^Result of file_ticket \(untrusted data[^\n]*\n<<<TOOL RESULT ([0-9a-f]{12})>>>\n/);
    assert.match(output, /\nProposal: printer jam on floor 2\n<<<END TOOL RESULT [0-9a-f]{12}>>>$/);
    const said = replies.filter((a) => a.type === 'message').at(-1);
    assert.equal(said?.text, 'Check the proposal card.');
    assert.match(JSON.stringify(said?.entities), /AIGeneratedContent/);
    assert.deepEqual(h.executed, []);
  });

  it('refuses an unknown tool without running anything', async () => {
    script.steps.push(
      { toolCall: { name: 'shell_exec', arguments: '{"cmd":"rm -rf /"}' } },
      { say: 'I cannot.' },
    );
    await h.send('run rm -rf');
    assert.deepEqual(h.calls, []);
    assert.match(
      script.seen[1]?.outputs.call_1 ?? '',
      /^Error unknown_tool: there is no tool named "shell_exec"/,
    );
  });

  it('reports invalid arguments to the model', async () => {
    script.steps.push(
      { toolCall: { name: 'ticket_status', arguments: '{"ticketId":"twelve"}' } },
      { say: 'Which number?' },
    );
    await h.send('status of ticket twelve');
    assert.match(
      script.seen[1]?.outputs.call_1 ?? '',
      /^Error invalid_parameters: Some values are not valid: ticketId\./,
    );
    assert.match(script.seen[1]?.outputs.call_1 ?? '', /"ticketId":\{"type":"integer"/);
  });
});
