import type { AdaptiveCard } from './AdaptiveCard';
import { renderSkillsCard, type SkillsCardModel } from './renderSkillsCard';
import welcomeTemplate from './templates/welcome.json';

/** First-contact card: greeting, what the bot can do, and up to six clickable example questions. */
export function renderWelcomeCard(model: SkillsCardModel): AdaptiveCard {
  return renderSkillsCard(welcomeTemplate, model, 'welcome');
}
