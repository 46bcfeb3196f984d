import type { SkillCatalog, SkillInfo } from '../../skills/SkillCatalog';
import { isObject, type Json } from './jsonPath';

/** Description of a bot command, per skill (the command's title is one of the skill's examples). */
const COMMAND_DESCRIPTIONS: Record<string, string> = {
  ask_knowledge: 'Ask the knowledge base: an answer with numbered sources from documents you may read',
  file_ticket: 'File a support ticket: shown as a form first, nothing is filed until you confirm',
  my_tickets: 'List the tickets you filed',
  ticket_status: 'Check one ticket',
  draft_report: 'Draft a cited report you can export to Word after you confirm',
};
/** Title of a declarative-agent conversation starter, per skill (knowledge starters are titled by their text). */
const STARTER_TITLES: Record<string, string> = {
  file_ticket: 'File a ticket',
  my_tickets: 'My tickets',
  ticket_status: 'Check a ticket',
  draft_report: 'Draft a report',
};
const HELP_COMMAND = { title: 'help', description: 'What I can do, with examples' };
const MAX_TEXT = 128;
const MAX_SAMPLE_PROMPTS = 3;

/** `[skill, example]` pairs in the order commands and starters list them. */
function picks(registry: SkillCatalog, plan: readonly [string, number][]): [string, string][] {
  const skills = new Map(registry.list().map((skill: SkillInfo) => [skill.name, skill]));
  const out: [string, string][] = [];
  for (const [name, count] of plan) {
    const examples = (skills.get(name)?.examples ?? []).filter((e) => e.length <= MAX_TEXT).slice(0, count);
    for (const example of examples) out.push([name, example]);
  }
  return out;
}

/** Personal chats list every kind of request; team and group chats the questions and tickets. */
const PERSONAL: [string, number][] = [
  ['ask_knowledge', 2],
  ['file_ticket', 1],
  ['my_tickets', 1],
  ['ticket_status', 1],
  ['draft_report', 1],
];
const SHARED: [string, number][] = [
  ['ask_knowledge', 2],
  ['file_ticket', 1],
];
const STARTERS: [string, number][] = [
  ['ask_knowledge', 4],
  ['file_ticket', 1],
  ['my_tickets', 1],
  ['draft_report', 1],
];

/**
 * `manifest` with its example-driven parts regenerated from the skill registry (whose examples come from the
 * organisation profile): every bot command list (`help`, then examples; personal chats get every skill, team and
 * group chats questions and tickets) and the `samplePrompts` of the `searchKnowledge` message-extension command
 * (up to three knowledge questions; left out when the profile has none). Everything else is kept as written.
 */
export function regenerateManifest(manifest: Json, registry: SkillCatalog): Json {
  if (!isObject(manifest)) throw new Error('the Teams manifest is not a JSON object');
  const commands = (plan: readonly [string, number][]): Json[] => [
    HELP_COMMAND,
    ...picks(registry, plan).map(([skill, title]) => ({
      title,
      description: COMMAND_DESCRIPTIONS[skill] ?? '',
    })),
  ];
  const bots = Array.isArray(manifest.bots) ? manifest.bots : [];
  const prompts = picks(registry, [['ask_knowledge', MAX_SAMPLE_PROMPTS]]).map(([, text]) => ({ text }));
  const extensions = Array.isArray(manifest.composeExtensions) ? manifest.composeExtensions : [];
  return {
    ...manifest,
    bots: bots.map((bot) =>
      isObject(bot) && Array.isArray(bot.commandLists)
        ? {
            ...bot,
            commandLists: bot.commandLists.map((list) =>
              isObject(list)
                ? {
                    ...list,
                    commands: commands(
                      Array.isArray(list.scopes) && list.scopes.includes('personal') ? PERSONAL : SHARED,
                    ),
                  }
                : list,
            ),
          }
        : bot,
    ),
    ...(Array.isArray(manifest.composeExtensions)
      ? {
          composeExtensions: extensions.map((extension) =>
            isObject(extension) && Array.isArray(extension.commands)
              ? {
                  ...extension,
                  commands: extension.commands.map((command) => {
                    if (!isObject(command) || command.id !== 'searchKnowledge') return command;
                    const rest = Object.fromEntries(
                      Object.entries(command).filter(([key]) => key !== 'samplePrompts'),
                    );
                    return prompts.length > 0 ? { ...rest, samplePrompts: prompts } : rest;
                  }),
                }
              : extension,
          ),
        }
      : {}),
  };
}

/**
 * `agent` (a declarative agent) with `conversation_starters` regenerated from the skill registry: up to four
 * knowledge questions (titled by their first words), then a ticket, "my tickets" and a report example.
 */
export function regenerateAgent(agent: Json, registry: SkillCatalog): Json {
  if (!isObject(agent)) throw new Error('the declarative agent is not a JSON object');
  const starters = picks(registry, STARTERS).map(([skill, text]) => ({
    title: STARTER_TITLES[skill] ?? shortTitle(text),
    text,
  }));
  return { ...agent, conversation_starters: starters };
}

/** The first words of `text`, at most 30 characters, without a final question mark. */
function shortTitle(text: string): string {
  const words = text.replace(/[?？!.]+$/u, '').split(/\s+/);
  let title = '';
  for (const word of words) {
    const next = title ? `${title} ${word}` : word;
    if (next.length > 30) break;
    title = next;
  }
  return title || text.slice(0, 30);
}
