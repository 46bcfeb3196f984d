import { formatMessage } from '../../../adaptive-cards/messages/formatMessage';
import { messagesFor } from '../../../adaptive-cards/messages/messagesFor';
import { localisedMessage } from '../../../skills/errors/localisedMessage';
import {
  CardFactory,
  type MessagingExtensionResult,
  type TaskModuleTaskInfo,
  type TurnContext,
} from 'botbuilder';
import { z } from 'zod/v4';
import { safeHttpUrl, truncateText, type AdaptiveCard } from '../../../adaptive-cards';
import { toDialogCard } from '../../../adaptive-cards/messageExtensions';
import { AppError, toAppError } from '../../../skills/errors/AppError';
import { FILE_TICKET } from '../../../skills/tickets/fileTicketSkill';
import { MAX_DESCRIPTION_CHARS, MAX_SUMMARY_CHARS } from '../../../skills/tickets/ticketSchemas';
import type { Services } from '../../compose';
import { ConfirmData, payloadOf } from '../CardActionData';
import { messageExtensionContext } from './messageExtensionContext';
import { MessagePayload, messageAuthor, messageText } from './messageText';

/** Command id of the message action in the app manifest. */
export const FILE_TICKET_COMMAND = 'fileTicketFromMessage';

/** The English texts (the catalog's `replies.extensions`); a user gets the activity's language. */
export const DIALOG_TITLE = messagesFor('en').replies.extensions.fileTicketTitle;
export const NO_TEXT_MESSAGE = messagesFor('en').replies.extensions.noText;
export const DISCARDED_MESSAGE = messagesFor('en').replies.extensions.discarded;

const FetchTaskValue = z.looseObject({ messagePayload: MessagePayload });
/** What the dialog's buttons send back: the form's routing data plus (for `confirm`) its inputs. */
const DialogData = ConfirmData.extend({
  verb: z.enum(['confirm', 'cancel']),
  skill: z.literal(FILE_TICKET),
});

type SubmitResponse = MessagingExtensionResult | TaskModuleTaskInfo | string;

/**
 * `composeExtension/fetchTask` for `fileTicketFromMessage` (context: message): reads the selected message (HTML
 * made text, its author and link), has `file_ticket` propose a ticket through the registry (prefilled from the text;
 * the description ends with where it came from) and returns the ticket form as a dialog whose buttons are
 * `Action.Submit` (see `toDialogCard`). Nothing is filed here. A message without text, bad input or a failure
 * returns a string, which Teams shows as a message dialog. Texts are in the activity's language. Never throws.
 */
export async function fetchTicketDialog(
  context: TurnContext,
  services: Services,
): Promise<TaskModuleTaskInfo | string> {
  const locale = context.activity.locale;
  return guarded(services, locale, async () => {
    const parsed = FetchTaskValue.safeParse(context.activity.value);
    if (!parsed.success) throw new AppError('invalid_parameters');
    const payload = parsed.data.messagePayload;
    const text = await messageText(payload);
    if (!text) return messagesFor(locale).replies.extensions.noText;
    const skill = services.registry.get(FILE_TICKET);
    if (!skill) throw new AppError('unknown_skill');
    const result = await skill.invoke(
      { summary: truncateText(text, MAX_SUMMARY_CHARS), description: describe(text, payload, locale) },
      await messageExtensionContext(context, services),
    );
    return dialog(result.card, locale);
  });
}

/**
 * `composeExtension/submitAction` for `fileTicketFromMessage`: the dialog's "File ticket" (`verb: confirm`) runs
 * `registry.confirm` (single-use token, for this user, idempotent: a repeat returns the same ticket) and returns
 * the filed-ticket card as a `result`, which Teams puts into the compose box of the message's conversation so the
 * user can tell the thread (or delete it); if the skill sends the form back (e.g. the ticket system did not
 * answer) the dialog shows it again. "Discard" (`verb: cancel`) revokes the token. Refusals (tampered data,
 * foreign/used/expired token, invalid edits) return the user-safe text as a message dialog. Never throws.
 */
export async function submitTicketDialog(
  context: TurnContext,
  data: unknown,
  services: Services,
): Promise<SubmitResponse> {
  const locale = context.activity.locale;
  return guarded(services, locale, async () => {
    const parsed = DialogData.safeParse(data);
    if (!parsed.success) throw new AppError('invalid_parameters');
    const skillContext = await messageExtensionContext(context, services);
    if (parsed.data.verb === 'cancel') {
      await services.registry.cancel(FILE_TICKET, parsed.data.token, skillContext);
      return messagesFor(locale).replies.extensions.discarded;
    }
    const edits = payloadOf(data as Record<string, unknown>);
    const result = await services.registry.confirm(
      FILE_TICKET,
      { token: parsed.data.token, edits },
      skillContext,
    );
    if (toDialogCard(result.card).verbs.includes('confirm')) return dialog(result.card, locale);
    return {
      type: 'result',
      attachmentLayout: 'list',
      attachments: [CardFactory.adaptiveCard(result.card)],
    };
  });
}

/**
 * The message's text, shortened to leave room for a last line naming its author and link (http(s) only), that
 * line in `locale`'s language.
 */
function describe(text: string, payload: MessagePayload, locale: string | undefined): string {
  const author = messageAuthor(payload);
  const link = safeHttpUrl(payload.linkToMessage ?? undefined);
  const m = messagesFor(locale).replies.extensions;
  const from = author ? formatMessage(m.fromMessageBy, { author }) : m.fromMessage;
  const source = [from, link].filter(Boolean).join(': ');
  return `${truncateText(text, MAX_DESCRIPTION_CHARS - source.length - 2)}\n\n${source}`;
}

function dialog(card: AdaptiveCard, locale: string | undefined): TaskModuleTaskInfo {
  return {
    title: messagesFor(locale).replies.extensions.fileTicketTitle,
    width: 'medium',
    card: CardFactory.adaptiveCard(toDialogCard(card).card),
  };
}

async function guarded<T>(
  services: Services,
  locale: string | undefined,
  work: () => Promise<T | string>,
): Promise<T | string> {
  try {
    return await work();
  } catch (error) {
    const appError = toAppError(error);
    if (appError.code === 'internal_error')
      services.log.error('message action failed', { error: String(error) });
    else services.log.warn('message action refused', { code: appError.code });
    return localisedMessage(appError, locale);
  }
}
