import type { AdaptiveCard } from './AdaptiveCard';
import { expandTemplate } from './expandTemplate';
import { formatMessage } from './messages/formatMessage';
import { messagesFor } from './messages/messagesFor';
import { safeText } from './safeText';
import { truncateText } from './truncateText';

export interface SkillsCardModel {
  botName: string;
  skills: { name: string; title: string; description: string }[];
  /** Example questions; the first six become buttons that submit `{ verb: 'ask_knowledge', question }`. */
  examples: string[];
  /** The user's locale: the card's fixed texts come from its catalog (English by default). */
  locale?: string;
}

/** At most this many example buttons are shown (the Adaptive Cards default host allows 5 actions at the card root). */
export const MAX_EXAMPLE_BUTTONS = 5;
const MAX_SKILLS = 12;

/**
 * Shared body of the welcome and help cards: expands `template` with the bot name, up to 12 skills
 * (title, falling back to name, plus description) and up to {@link MAX_EXAMPLE_BUTTONS} example
 * questions as `Action.Submit` buttons whose data is `{ verb: 'ask_knowledge', question }` (a plain submit:
 * the Agents Playground 0.2.28 fails on `msteams.imBack` data, and Teams delivers a plain submit as a message
 * with `value`). All text, the submitted question included, goes through `safeText`. Empty examples are skipped; an empty bot name
 * shows "Assistant".
 */
export function renderSkillsCard(
  template: object,
  model: SkillsCardModel,
  kind: 'help' | 'welcome' = 'help',
): AdaptiveCard {
  const m = messagesFor(model.locale).skills;
  const botName = truncateText(safeText(model.botName ?? ''), 80);
  const skills = (model.skills ?? []).slice(0, MAX_SKILLS).map((s) => ({
    title: truncateText(safeText(s.title || s.name || ''), 120),
    description: truncateText(safeText(s.description ?? ''), 400),
  }));
  const examples = (model.examples ?? [])
    .filter((e) => safeText(e) !== '')
    .slice(0, MAX_EXAMPLE_BUTTONS)
    .map((e) => ({ title: truncateText(safeText(e), 200), value: truncateText(safeText(e), 500) }));
  const name = botName === '' ? m.assistant : botName;
  const labels =
    kind === 'help'
      ? { title: formatMessage(m.helpTitle, { botName: name }), intro: m.helpIntro, examples: m.helpExamples }
      : {
          title: formatMessage(m.welcomeTitle, { botName: name }),
          intro: m.welcomeIntro,
          examples: m.welcomeExamples,
        };
  const card = expandTemplate(template, {
    labels,
    botName: name,
    skills: skills.filter((s) => s.title !== ''),
    examples,
  });
  if (card.actions !== undefined && card.actions.length === 0) delete card.actions;
  return card;
}
