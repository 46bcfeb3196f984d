import { messagesFor } from '../../adaptive-cards/messages/messagesFor';
import { localisedMessage } from '../../skills/errors/localisedMessage';
import type { Application } from '@microsoft/teams-ai';
import { renderNoticeCard, type AdaptiveCard } from '../../adaptive-cards';
import { AppError, toAppError } from '../../skills/errors/AppError';
import type { Services } from '../compose';
import type { AppTurnState } from './AppTurnState';
import { CancelData, ConfirmData, InvokeData, payloadOf } from './CardActionData';
import { deliverApproval } from './deliverApproval';
import { skillContextFor } from './skillContextFor';

type ExecuteResult = AdaptiveCard | string;

/**
 * Universal Actions (`Action.Execute`) on the bot's cards:
 * - `confirm` `{ skill, token, ...edits }`: runs a consequential skill's confirmed action (single-use token,
 *   idempotent) and replaces the card with the result;
 * - `cancel` `{ skill, token }`: revokes the token and replaces the card with "Discarded";
 * - `invoke` `{ skill, ...params }`: re-runs a skill (e.g. regenerate a report) and replaces the card.
 * A result that starts or ends a report approval also reaches the other person (`deliverApproval`): the card
 * clicked is the one the invoke response replaces (`replyToId`).
 * A refusal (bad data, used or expired token, invalid edits) answers with a message and leaves the card as
 * it is, so the user loses nothing they typed.
 */
export function registerCardActions(app: Application<AppTurnState>, services: Services): void {
  const guarded =
    (
      work: (
        data: Record<string, unknown>,
        ...rest: Parameters<typeof skillContextFor>
      ) => Promise<ExecuteResult>,
    ) =>
    async (
      context: Parameters<typeof skillContextFor>[0],
      _state: AppTurnState,
      data: Record<string, unknown>,
    ): Promise<ExecuteResult> => {
      try {
        return await work(data ?? {}, context, services);
      } catch (error) {
        const appError = toAppError(error);
        if (appError.code === 'internal_error')
          services.log.error('card action failed', { error: String(error) });
        return localisedMessage(appError, context.activity.locale);
      }
    };

  app.adaptiveCards.actionExecute(
    'confirm',
    guarded(async (data, context) => {
      const parsed = ConfirmData.safeParse(data);
      if (!parsed.success) throw new AppError('invalid_parameters');
      const skillContext = await skillContextFor(context, services);
      const result = await services.registry.confirm(
        parsed.data.skill,
        { token: parsed.data.token, edits: payloadOf(data) },
        skillContext,
      );
      await deliverApproval(context, services, result, skillContext, context.activity.replyToId);
      return result.card;
    }),
  );

  app.adaptiveCards.actionExecute(
    'cancel',
    guarded(async (data, context) => {
      const parsed = CancelData.safeParse(data);
      if (!parsed.success) throw new AppError('invalid_parameters');
      await services.registry.cancel(
        parsed.data.skill,
        parsed.data.token,
        await skillContextFor(context, services),
      );
      const notice = messagesFor(context.activity.locale).notice;
      return renderNoticeCard({ title: notice.discarded, message: notice.nothingDone });
    }),
  );

  app.adaptiveCards.actionExecute(
    'invoke',
    guarded(async (data, context) => {
      const parsed = InvokeData.safeParse(data);
      const skill = parsed.success ? services.registry.get(parsed.data.skill) : undefined;
      if (!skill) throw new AppError('unknown_skill');
      const skillContext = await skillContextFor(context, services);
      const result = await skill.invoke(payloadOf(data), skillContext);
      await deliverApproval(context, services, result, skillContext, context.activity.replyToId);
      return result.card;
    }),
  );
}
