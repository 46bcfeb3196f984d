import type { Application } from '@microsoft/teams-ai';
import { PRIVATE_ANSWER_VERB } from '../../adaptive-cards';
import { AppError } from '../../skills/errors/AppError';
import type { Services } from '../../host/compose';
import type { AppTurnState } from './AppTurnState';
import { PrivateAnswerData } from '../../adaptive-cards/actions/PrivateAnswerData';
import { brandPlaceOf } from './brandPlaceOf';
import { replyActivity } from './replyActivity';
import { resolveUser } from './resolveUser';
import { sendPrivately } from './sendPrivately';
import { presentError } from '../../host/errors/presentError';

export const SENT_PRIVATELY = 'I sent you the full answer in your chat with me.';
export const NOT_SENT_PRIVATELY =
  'I could not open a chat with you just now. Ask me the question in a 1:1 chat for the full answer.';

/**
 * **Send me the full answer privately** (`Action.Execute`, verb `private_answer`): answers the question for the
 * user who clicked, under that user's own access (no group audience; the brand isolation of the brand team or
 * channel it was clicked in still applies), in their 1:1 chat with the bot. The group
 * conversation gets nothing: the invoke response is a message only the clicker sees, and the card is unchanged.
 */
export function registerPrivateAnswer(app: Application<AppTurnState>, services: Services): void {
  app.adaptiveCards.actionExecute(PRIVATE_ANSWER_VERB, async (context, _state, data) => {
    try {
      const parsed = PrivateAnswerData.safeParse(data ?? {});
      if (!parsed.success) throw new AppError('invalid_parameters');
      const skill = services.registry.get('ask_knowledge');
      if (!skill) throw new AppError('unknown_skill');
      const asker = await resolveUser(context.activity, services.directory, services.securityEvents);
      // Clicked in a brand's team or channel: the full answer keeps that place's brand isolation.
      const brand = brandPlaceOf(context.activity, services.profile);
      const user = brand ? { ...asker, brands: brand.documentBrands } : asker;
      const params = { question: parsed.data.question, brand: parsed.data.brand };
      const result = await skill.invoke(params, {
        user,
        surface: 'teams',
        planner: 'rules',
        ...(brand ? { brand: brand.place } : {}),
      });
      try {
        await sendPrivately(
          context,
          replyActivity(result, context.activity.locale),
          services.config.auth?.appId ?? '',
        );
      } catch (error) {
        services.log.warn('could not send a private answer', { error: String(error) });
        return NOT_SENT_PRIVATELY;
      }
      return SENT_PRIVATELY;
    } catch (error) {
      return presentError(services.log, error, 'private answer').error.userMessage;
    }
  });
}
