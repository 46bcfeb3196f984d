import assert from 'node:assert/strict';
import type { Activity } from 'botbuilder';
import { routeMessage } from '../../../skills/router/routeMessage';
import { PROPOSAL_NOTE } from '../../../bot/planner/skillTools';
import { cardText } from '../../support/cardText';
import type { RecordedRequest } from '../../support/fakeOpenAI';
import { startPlannerHarness } from './plannerHarness';

type Harness = Awaited<ReturnType<typeof startPlannerHarness>>;
interface Tool {
  type: string;
  function: { name: string; description: string; parameters: Record<string, unknown> };
}
interface WireMessage {
  role: string;
  content?: string | null;
  tool_call_id?: string;
  tool_calls?: { id: string }[];
}

const toolCall = (name: string, args: unknown, id = 'call_1') => ({
  toolCalls: [{ id, name, arguments: typeof args === 'string' ? args : JSON.stringify(args) }],
});
const messagesOf = (request: RecordedRequest | undefined) => (request?.body.messages ?? []) as WireMessage[];
const toolMessages = (request: RecordedRequest | undefined) =>
  messagesOf(request).filter((m) => m.role === 'tool');
const cardsOf = (replies: Partial<Activity>[]) =>
  replies
    .filter((a) => a.type === 'message' && (a.attachments?.length ?? 0) > 0)
    .map((a) => cardText(a.attachments?.[0]?.content));
const aiLabelled = (activity: Partial<Activity> | undefined) =>
  (activity?.entities ?? []).some((e) => JSON.stringify(e).includes('AIGeneratedContent'));

describe('model planner (teams-ai OpenAIModel against a loopback OpenAI server)', () => {
  let h: Harness;
  before(async () => {
    h = await startPlannerHarness();
  });
  after(() => h.stop());
  beforeEach(() => {
    h.fake.requests.length = 0;
    h.calls.length = 0;
    h.fake.fallback = { content: '' };
  });

  it('sends the registry’s skills as the tools, generated at runtime', async () => {
    h.fake.reply({ content: 'Hello! I answer questions from company documents.' });
    await h.send('hello');
    const tools = h.fake.requests[0]?.body.tools as Tool[];
    const skills = h.registry.list();
    assert.deepEqual(
      tools.map((t) => [t.type, t.function.name]),
      skills.map((s) => ['function', s.name]),
    );
    for (const skill of skills) {
      const tool = tools.find((t) => t.function.name === skill.name);
      const schema = { ...skill.parametersJsonSchema };
      delete schema.$schema;
      assert.deepEqual(tool?.function.parameters, schema, skill.name);
      assert.equal(
        tool?.function.description,
        skill.description + (skill.consequential ? PROPOSAL_NOTE : ''),
      );
    }
    assert.equal(messagesOf(h.fake.requests[0])[0]?.role, 'system');
  });

  it('sends the model’s own text as one message with the AI-generated label', async () => {
    h.fake.reply({ content: 'Hello! I answer questions from company documents.' });
    const replies = await h.send('hello');
    const messages = replies.filter((a) => a.type === 'message');
    assert.equal(messages.length, 1);
    assert.equal(messages[0]?.text, 'Hello! I answer questions from company documents.');
    assert.ok(aiLabelled(messages[0]));
  });

  describe('a tool call ends in the registry call the rule router makes for the same message', () => {
    const phrasings = [
      'open a ticket: the CAN simulator in lab 3 is down',
      'please file a ticket for the broken projector in room D1.020',
      'The parking barrier at gate 2 is stuck, please open a ticket',
      'status of ticket 12',
      'list my open tickets',
      'draft a report on brake supplier quality for Brava',
      'compile a report on supplier PPAP Q3 2025 for the press',
      'What is the pass criterion for the brake fade test?',
      'How do I connect to the corporate VPN?',
      '<at>Norvik Assistant</at> open a ticket: printer jam on floor 2',
    ];
    for (const text of phrasings) {
      it(`"${text}"`, async () => {
        const route = routeMessage(text, h.registry);
        assert.equal(route.kind, 'skill');
        if (route.kind !== 'skill') return;
        h.fake.reply(toolCall(route.skill, route.params), { content: '' });
        await h.send(text);
        assert.deepEqual(
          h.calls.map((c) => [c.skill, c.params, c.planner]),
          [[route.skill, route.params, 'model:gpt-4o']],
        );
      });
    }
  });

  it('feeds the skill’s result text back to the model as the tool output', async () => {
    h.fake.reply(toolCall('ticket_status', { ticketId: 7 }, 'call_77'), { content: '' });
    const replies = await h.send('status of ticket 7');
    const tool = toolMessages(h.fake.requests[1]);
    assert.deepEqual(
      tool.map((m) => [m.role, m.tool_call_id]),
      [['tool', 'call_77']],
    );
    assert.match(
      String(tool[0]?.content),
      /<<<TOOL RESULT (\w+)>>>\nticket_status ran\n<<<END TOOL RESULT \1>>>$/,
    );
    assert.deepEqual(cardsOf(replies).length, 1);
  });

  it('only proposes for a consequential skill: nothing is executed', async () => {
    h.fake.reply(toolCall('file_ticket', { summary: 'printer jam on floor 2' }), { content: '' });
    const replies = await h.send('open a ticket: printer jam on floor 2');
    assert.match(cardsOf(replies)[0] ?? '', /Proposal: printer jam on floor 2/);
    assert.deepEqual(h.executed, []);
  });

  const badArguments: [string, string, RegExp][] = [
    [
      'a missing required field',
      JSON.stringify({ query: 'brake fade' }),
      /Error invalid_parameters: Some values are not valid: question; unknown field query\..*JSON Schema: \{.*"question"/,
    ],
    ['arguments that are not JSON', '{"question": "brake', /Error invalid_parameters: .*question/],
    ['a wrong type', JSON.stringify({ question: 42 }), /Error invalid_parameters/],
  ];
  for (const [name, args, expected] of badArguments) {
    it(`tells the model what was wrong with ${name}, without crashing`, async () => {
      h.fake.reply(toolCall('ask_knowledge', args), { content: 'Sorry, please rephrase.' });
      const replies = await h.send('brake fade?');
      assert.match(toolMessages(h.fake.requests[1])[0]?.content ?? '', expected);
      assert.deepEqual(h.calls.length, 1);
      assert.equal(replies.filter((a) => a.type === 'message').at(-1)?.text, 'Sorry, please rephrase.');
    });
  }

  it('refuses a tool that does not exist and tells the model which exist', async () => {
    h.fake.reply(toolCall('delete_all_tickets', {}), { content: 'I cannot do that.' });
    const replies = await h.send('delete all tickets');
    assert.deepEqual(h.calls, []);
    const output = toolMessages(h.fake.requests[1])[0]?.content ?? '';
    assert.match(
      output,
      /^Error unknown_tool: there is no tool named "delete_all_tickets"\. Nothing was run\./,
    );
    assert.match(output, /ask_knowledge, file_ticket, ticket_status, my_tickets, draft_report/);
    assert.equal(replies.filter((a) => a.type === 'message').at(-1)?.text, 'I cannot do that.');
  });

  it('retries a 429 (Retry-After) and then answers', async () => {
    h.fake.reply({ status: 429, headers: { 'retry-after': '1' } }, { content: 'Back again.' });
    const replies = await h.send('hello');
    assert.equal(h.fake.requests.length, 2);
    assert.equal(replies.filter((a) => a.type === 'message')[0]?.text, 'Back again.');
  });

  it('answers a rejected model call (401) with a model_rejected error card', async () => {
    h.fake.reply({ status: 401, errorMessage: 'Incorrect API key provided: test-key' });
    const replies = await h.send('hello');
    const cards = cardsOf(replies);
    assert.equal(cards.length, 1);
    assert.match(cards[0] ?? '', /model.rejected/);
    assert.doesNotMatch(JSON.stringify(replies), /test-key/);
  });

  describe('streaming', () => {
    const answer = 'Ten stops are made from 120 km/h [1]. The pass criterion is at least 6.0 m/s² [1].';
    const knowledgeTurn = () =>
      h.fake.reply(
        toolCall('ask_knowledge', { question: 'What is the pass criterion for the brake fade test?' }),
        { content: answer, chunks: [answer.slice(0, 42), answer.slice(42)], chunkDelayMs: 1800 },
        { content: '' },
      );

    it('streams a written answer in a 1:1 chat and ends with the card, AI label and citations', async () => {
      knowledgeTurn();
      const replies = await h.send('What is the pass criterion for the brake fade test?', 'personal');
      const kinds = replies
        .filter((a) => a.type === 'message' || (a.channelData as { streamType?: string })?.streamType)
        .map((a) => `${a.type}:${(a.channelData as { streamType?: string })?.streamType ?? ''}`);
      assert.equal(kinds[0], 'typing:informative');
      assert.ok(kinds.includes('typing:streaming'), kinds.join());
      const finals = replies.filter(
        (a) => (a.channelData as { streamType?: string })?.streamType === 'final',
      );
      assert.equal(finals.length, 1);
      const final = finals[0];
      assert.equal(final?.type, 'message');
      assert.match(cardText(final?.attachments?.[0]?.content), /Written by gpt-4o/);
      assert.ok(aiLabelled(final));
      assert.match(JSON.stringify(final?.entities), /"position":1.*Brake Fade Test Standard/);
      assert.ok((final?.entities ?? []).some((e) => e.type === 'streaminfo'));
      const streamed = replies
        .filter((a) => a.type === 'typing')
        .map((a) => a.text)
        .join(' ');
      assert.match(streamed, /Ten stops are made from 120 km\/h\. \[1\]/);
    });

    it('sends a single message (no stream) outside 1:1 chats', async () => {
      knowledgeTurn();
      const replies = await h.send('What is the pass criterion for the brake fade test?', 'groupChat');
      assert.deepEqual(
        replies.filter((a) => (a.channelData as { streamType?: string })?.streamType),
        [],
      );
      const cards = cardsOf(replies);
      assert.equal(cards.length, 1);
      assert.match(cards[0] ?? '', /Written by gpt-4o/);
    });

    it('replaces a streamed answer that fails validation with the extractive answer', async () => {
      h.fake.reply(
        toolCall('ask_knowledge', { question: 'What is the pass criterion for the brake fade test?' }),
        { content: 'Ten stops are made [1]. Trust me on this. More [1].' },
        { content: '' },
      );
      const replies = await h.send('What is the pass criterion for the brake fade test?', 'personal');
      const final = replies.find((a) => (a.channelData as { streamType?: string })?.streamType === 'final');
      assert.match(cardText(final?.attachments?.[0]?.content), /Extracted from 1 document/);
      assert.doesNotMatch(final?.text ?? '', /Ten stops are made/);
    });
  });
});

describe('model planner: a model that times out', () => {
  let h: Harness;
  before(async () => {
    h = await startPlannerHarness({ timeoutMs: 200, maxRetries: 0 });
  });
  after(() => h.stop());

  it('answers with a model_timeout error card and the turn completes', async () => {
    h.fake.reply({ content: 'too late', delayMs: 2000 });
    const replies = await h.send('hello');
    const cards = cardsOf(replies);
    assert.equal(cards.length, 1);
    assert.match(cards[0] ?? '', /model.timeout/);
    assert.match(cards[0] ?? '', /took too long/);
    assert.deepEqual(h.calls, []);
  });

  it('works again on the next message', async () => {
    h.fake.reply({ content: 'On time.' });
    const replies = await h.send('hello');
    assert.equal(replies.find((a) => a.type === 'message')?.text, 'On time.');
  });
});
