import type { Application } from '@microsoft/teams-ai';
import type { Services } from '../../host/compose';
import { runCardAction, type CardVerb } from '../../host/turns/runCardAction';
import type { AppTurnState } from './AppTurnState';
import { deliverApproval } from './deliverApproval';
import { skillContextFor } from './skillContextFor';

/**
 * Registers the cards' `Action.Execute` verbs (`confirm`, `cancel`, `invoke`: see `runCardAction`); the clicked
 * card is the one the invoke response replaces (`replyToId`), which approval delivery leaves alone.
 */
export function registerCardActions(app: Application<AppTurnState>, services: Services): void {
  for (const verb of ['confirm', 'cancel', 'invoke'] satisfies CardVerb[])
    app.adaptiveCards.actionExecute(verb, (context, _state, data: Record<string, unknown>) =>
      runCardAction(services, verb, {
        data,
        contextOf: () => skillContextFor(context, services),
        deliverApproval: (result, skillContext) =>
          deliverApproval(context, services, result, skillContext, context.activity.replyToId),
        locale: context.activity.locale,
      }),
    );
}
