import {
  CardFactory,
  type MessagingExtensionResult,
  type TaskModuleTaskInfo,
  type TurnContext,
} from 'botbuilder';
import type { Services } from '../../../host/compose';
import * as ticket from '../../../host/messageExtensions/ticketFromMessage';
import { messageExtensionContext } from './messageExtensionContext';

export { FILE_TICKET_COMMAND } from '../../../host/messageExtensions/ticketFromMessage';

/** `composeExtension/fetchTask` for the message action (see the host's `fetchTicketDialog`). Never throws. */
export async function fetchTicketDialog(
  context: TurnContext,
  services: Services,
): Promise<TaskModuleTaskInfo | string> {
  const outcome = await ticket.fetchTicketDialog(
    context.activity.value,
    () => messageExtensionContext(context, services),
    services,
    context.activity.locale,
  );
  return toDialog(outcome);
}

/** `composeExtension/submitAction` for the message action (see the host's `submitTicketDialog`). Never throws. */
export async function submitTicketDialog(
  context: TurnContext,
  data: unknown,
  services: Services,
): Promise<MessagingExtensionResult | TaskModuleTaskInfo | string> {
  const outcome = await ticket.submitTicketDialog(
    data,
    () => messageExtensionContext(context, services),
    services,
    context.activity.locale,
  );
  if (outcome.kind === 'result')
    return {
      type: 'result',
      attachmentLayout: 'list',
      attachments: [CardFactory.adaptiveCard(outcome.card)],
    };
  return toDialog(outcome);
}

/** A dialog with the form, or a text Teams shows as a message dialog. */
function toDialog(
  outcome: Exclude<ticket.TicketDialogOutcome, { kind: 'result' }>,
): TaskModuleTaskInfo | string {
  if (outcome.kind === 'message') return outcome.text;
  return { title: outcome.title, width: 'medium', card: CardFactory.adaptiveCard(outcome.card) };
}
