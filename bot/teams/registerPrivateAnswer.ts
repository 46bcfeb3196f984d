import type { Application } from '@microsoft/teams-ai';
import { PRIVATE_ANSWER_VERB } from '../../adaptive-cards';
import type { Services } from '../../host/compose';
import { answerPrivately } from '../../host/turns/answerPrivately';
import type { AppTurnState } from './AppTurnState';
import { brandPlaceOf } from './brandPlaceOf';
import { replyActivity } from './replyActivity';
import { resolveUser } from './resolveUser';
import { sendPrivately } from './sendPrivately';

export { NOT_SENT_PRIVATELY, SENT_PRIVATELY } from '../../host/turns/answerPrivately';

/**
 * `Action.Execute` verb `private_answer` (see `answerPrivately`): the group conversation gets nothing; the
 * invoke response is a message only the clicker sees, and the card is unchanged.
 */
export function registerPrivateAnswer(app: Application<AppTurnState>, services: Services): void {
  app.adaptiveCards.actionExecute(PRIVATE_ANSWER_VERB, (context, _state, data) =>
    answerPrivately(services, {
      data,
      locale: context.activity.locale,
      asker: () => resolveUser(context.activity, services.directory, services.securityEvents),
      brand: brandPlaceOf(context.activity, services.profile),
      sendPrivately: async (result) => {
        const reply = replyActivity(result, context.activity.locale);
        await sendPrivately(context, reply, services.config.auth?.appId ?? '');
      },
    }),
  );
}
