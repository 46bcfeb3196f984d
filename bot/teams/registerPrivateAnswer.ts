import type { Application } from '@microsoft/teams-ai';
import { PRIVATE_ANSWER_VERB } from '../../adaptive-cards';
import { messagesFor } from '../../adaptive-cards/messages/messagesFor';
import { AppError, toAppError } from '../../skills/errors/AppError';
import { localisedMessage } from '../../skills/errors/localisedMessage';
import type { Services } from '../compose';
import type { AppTurnState } from './AppTurnState';
import { PrivateAnswerData } from './PrivateAnswerData';
import { brandPlaceOf } from './brandPlaceOf';
import { replyActivity } from './replyActivity';
import { resolveUser } from './resolveUser';
import { sendPrivately } from './sendPrivately';

/** The English replies (the catalog's `replies.teams.sentPrivately` / `notSentPrivately`). */
export const SENT_PRIVATELY = messagesFor('en').replies.teams.sentPrivately;
export const NOT_SENT_PRIVATELY = messagesFor('en').replies.teams.notSentPrivately;

/**
 * **Send me the full answer privately** (`Action.Execute`, verb `private_answer`): answers the question for the
 * user who clicked, under that user's own access (no group audience; the brand isolation of the brand team or
 * channel it was clicked in still applies), in their 1:1 chat with the bot. The group
 * conversation gets nothing: the invoke response is a message only the clicker sees, and the card is unchanged.
 * The answer and the reply are written in the clicker's language (the invoke's `locale`).
 */
export function registerPrivateAnswer(app: Application<AppTurnState>, services: Services): void {
  app.adaptiveCards.actionExecute(PRIVATE_ANSWER_VERB, async (context, _state, data) => {
    const locale = context.activity.locale;
    const replies = messagesFor(locale).replies.teams;
    try {
      const parsed = PrivateAnswerData.safeParse(data ?? {});
      if (!parsed.success) throw new AppError('invalid_parameters');
      const skill = services.registry.get('ask_knowledge');
      if (!skill) throw new AppError('unknown_skill');
      const asker = await resolveUser(context.activity, services.directory, services.securityEvents);
      // Clicked in a brand's team or channel: the full answer keeps that place's brand isolation.
      const brand = brandPlaceOf(context.activity, services.profile);
      const user = brand ? { ...asker, brands: brand.documentBrands } : asker;
      const params = {
        question: parsed.data.question,
        ...(parsed.data.brand ? { brand: parsed.data.brand } : {}),
      };
      const result = await skill.invoke(params, {
        user,
        surface: 'teams',
        planner: 'rules',
        ...(brand ? { brand: brand.place } : {}),
        ...(locale ? { locale } : {}),
      });
      try {
        await sendPrivately(context, replyActivity(result, locale), services.config.auth?.appId ?? '');
      } catch (error) {
        services.log.warn('could not send a private answer', { error: String(error) });
        return replies.notSentPrivately;
      }
      return replies.sentPrivately;
    } catch (error) {
      const appError = toAppError(error);
      if (appError.code === 'internal_error')
        services.log.error('private answer failed', { error: String(error) });
      return localisedMessage(appError, locale);
    }
  });
}
