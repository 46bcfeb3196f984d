import type { AdaptiveCard } from './AdaptiveCard';
import { renderSkillsCard, type SkillsCardModel } from './renderSkillsCard';
import helpTemplate from './templates/help.json';

/** Reply to "help": how to ask, the answering rules, the skills, and up to six clickable examples. */
export function renderHelpCard(model: SkillsCardModel): AdaptiveCard {
  return renderSkillsCard(helpTemplate, model, 'help');
}
