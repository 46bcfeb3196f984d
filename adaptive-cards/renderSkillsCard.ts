import type { AdaptiveCard } from './AdaptiveCard';
import { expandTemplate } from './expandTemplate';
import { safeText } from './safeText';
import { truncateText } from './truncateText';

export interface SkillsCardModel {
  botName: string;
  skills: { name: string; title: string; description: string }[];
  /** Example questions; the first six become buttons that send the question as a message (imBack). */
  examples: string[];
}

/** At most this many example buttons are shown. */
export const MAX_EXAMPLE_BUTTONS = 6;
const MAX_SKILLS = 12;

/**
 * Shared body of the welcome and help cards: expands `template` with the bot name, up to 12 skills
 * (title, falling back to name, plus description) and up to {@link MAX_EXAMPLE_BUTTONS} example
 * questions as `Action.Submit` buttons whose `data.msteams` is `{ type: 'imBack', value }`.
 * All text, button titles and imBack values included, goes through `safeText` (so an example containing
 * markdown punctuation is sent with its lookalikes). Empty examples are skipped; an empty bot name
 * shows "Assistant".
 */
export function renderSkillsCard(template: object, model: SkillsCardModel): AdaptiveCard {
  const botName = truncateText(safeText(model.botName ?? ''), 80);
  const skills = (model.skills ?? []).slice(0, MAX_SKILLS).map((s) => ({
    title: truncateText(safeText(s.title || s.name || ''), 120),
    description: truncateText(safeText(s.description ?? ''), 400),
  }));
  const examples = (model.examples ?? [])
    .map((e) => truncateText(safeText(e), 200))
    .filter((e) => e !== '')
    .slice(0, MAX_EXAMPLE_BUTTONS)
    .map((e) => ({ title: e, value: e }));
  const card = expandTemplate(template, {
    botName: botName === '' ? 'Assistant' : botName,
    skills: skills.filter((s) => s.title !== ''),
    examples,
  });
  if (card.actions !== undefined && card.actions.length === 0) delete card.actions;
  return card;
}
