import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MemoryStorage, TestAdapter, type Activity } from 'botbuilder';
import { Application, TurnState, type PromptCompletionModel } from '@microsoft/teams-ai';
import { z } from 'zod/v4';
import { renderNoticeCard } from '../../../adaptive-cards';
import { silentLogger } from '../../../host/log/createLogger';
import { createModelPlanner } from '../../../bot/planner/createModelPlanner';
import { streamFor } from '../../../bot/planner/streamFor';
import type { AppTurnState, ConversationState } from '../../../bot/teams/AppTurnState';
import { replyActivity } from '../../../bot/teams/replyActivity';
import { SqliteIndex } from '../../../knowledge/index/SqliteIndex';
import { runIngest } from '../../../knowledge/ingest/runIngest';
import { FolderSource } from '../../../knowledge/sources/FolderSource';
import { askKnowledgeSkill } from '../../../skills/knowledge/askKnowledgeSkill';
import type { SkillContext, SkillDescriptor, SkillResult } from '../../../skills/SkillDescriptor';
import { offeredSkills } from '../../../skills/offeredSkills';
import { SkillRegistry } from '../../../skills/SkillRegistry';
import { ALEX, writeFixtureCorpus } from '../../support/botFixture';
import { startFakeOpenAI } from '../../support/fakeOpenAI';
import { fakeChatModel } from '../../support/fakeChatModel';

export interface RunCall {
  skill: string;
  params: Record<string, unknown>;
  planner: string;
  output?: string;
}

const notice = (title: string): SkillResult => ({
  card: renderNoticeCard({ title, message: 'Test skill result.' }),
  text: title,
  aiGenerated: false,
  citations: [],
});

/** Stand-ins for the ticket and report skills, with parameter schemas accepting what the rule router produces. */
export function testSkills(
  executed: string[],
): SkillDescriptor<Record<string, unknown>, Record<string, unknown>>[] {
  const plain = (name: string, parameters: z.ZodType<Record<string, unknown>>) => ({
    name,
    title: name,
    description: `Test skill ${name}.`,
    parameters,
    consequential: false,
    examples: [],
    handler: async () => notice(`${name} ran`),
  });
  return [
    {
      ...plain(
        'file_ticket',
        z.object({ summary: z.string().trim().min(3).max(300).describe('What is broken.') }),
      ),
      description: 'Files an IT or facilities ticket for the user.',
      consequential: true,
      handler: async (params) => notice(`Proposal: ${String(params.summary)}`),
      confirm: {
        edits: z.object({}),
        execute: async () => {
          executed.push('file_ticket');
          return notice('Filed');
        },
      },
    },
    plain('ticket_status', z.object({ ticketId: z.number().int().positive() })),
    plain('my_tickets', z.object({})),
    plain(
      'draft_report',
      z.object({
        topic: z.string().min(3),
        brand: z.string().optional(),
        audience: z.string().optional(),
        period: z.string().optional(),
      }),
    ),
  ];
}

/**
 * The model planner wired like the product: a teams-ai Application with `ai: { planner }`, the real registry
 * (real ask_knowledge over an ingested fixture corpus, answer model included), botbuilder's TestAdapter, and
 * a `run` that records each call, invokes through the registry, streams in 1:1 chats and sends the card.
 */
export async function startPlannerHarness(
  options: {
    timeoutMs?: number;
    maxRetries?: number;
    completionModel?: PromptCompletionModel;
    /** Every turn is in a brand place offering these skills only (`offeredSkills`). */
    brandSkills?: readonly string[];
  } = {},
) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'planner-'));
  const { corpus } = writeFixtureCorpus(root);
  const index = new SqliteIndex({ file: path.join(root, 'index.sqlite') });
  await runIngest({ source: new FolderSource({ root: corpus }), index });
  const fake = await startFakeOpenAI();
  const answerModel = fakeChatModel(fake);
  const executed: string[] = [];
  const registry = new SkillRegistry().register(
    askKnowledgeSkill({ index, answerModel, linkFor: (p) => `https://docs.test/${p.docId}` }),
  );
  for (const skill of testSkills(executed)) registry.register(skill);
  const modelPlanner = createModelPlanner({
    model: {
      provider: 'openai',
      model: 'gpt-4o',
      apiKey: fake.apiKey,
      baseUrl: fake.baseUrl,
      timeoutMs: options.timeoutMs ?? 5000,
    },
    registry,
    ...(options.brandSkills
      ? { offeredIn: () => offeredSkills(registry, { id: 'b', name: 'B', skills: options.brandSkills }) }
      : {}),
    log: silentLogger,
    maxRetries: options.maxRetries ?? 2,
    ...(options.completionModel ? { completionModel: options.completionModel } : {}),
  });
  const app = new Application<AppTurnState>({
    storage: new MemoryStorage(),
    turnStateFactory: () => new TurnState<ConversationState>(),
    startTypingTimer: false,
    ai: { planner: modelPlanner.planner },
  });
  const calls: RunCall[] = [];
  modelPlanner.registerActions(app, async (context, skill, params, planner) => {
    const call: RunCall = { skill, params: structuredClone(params), planner };
    calls.push(call);
    const registered = registry.get(skill);
    if (!registered) throw new Error(`run got an unregistered skill ${skill}`);
    const turn = streamFor(context, { informative: 'Writing the answer from your documents…' });
    const skillContext: SkillContext = {
      user: { id: ALEX, principals: ['everyone', `user:${ALEX}`] },
      surface: 'test',
      planner,
      ...(turn.stream ? { stream: turn.stream } : {}),
    };
    let result: SkillResult;
    try {
      result = await registered.invoke(params, skillContext);
    } catch (error) {
      await turn.finish();
      throw error;
    }
    if (!(await turn.finish(result))) await context.sendActivity(replyActivity(result));
    call.output = result.text;
    return result.text;
  });
  const adapter = new TestAdapter(async (context) => {
    await app.run(context);
  });
  let conversation = 0;
  return {
    fake,
    registry,
    calls,
    executed,
    modelPlanner,
    /** Sends one message in a fresh conversation and returns everything the bot sent back. */
    async send(
      text: string,
      conversationType: 'personal' | 'groupChat' = 'groupChat',
    ): Promise<Partial<Activity>[]> {
      conversation += 1;
      adapter.activeQueue.splice(0);
      await adapter.processActivity({
        type: 'message',
        text,
        channelId: 'msteams',
        from: { id: `29:${ALEX}`, name: 'Alex Wilber', aadObjectId: ALEX },
        recipient: { id: '28:bot', name: 'Norvik Assistant' },
        conversation: {
          id: `conv-${conversation}`,
          conversationType,
          isGroup: conversationType !== 'personal',
          name: '',
        },
      });
      return adapter.activeQueue.splice(0);
    },
    async stop() {
      await fake.stop();
      await index.close();
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
}
