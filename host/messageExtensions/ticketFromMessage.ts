import { z } from 'zod/v4';
import { safeHttpUrl, truncateText, type AdaptiveCard } from '../../adaptive-cards';
import { ConfirmData, payloadOf } from '../../adaptive-cards/actions/CardActionData';
import { toDialogCard } from '../../adaptive-cards/messageExtensions';
import { formatMessage } from '../../adaptive-cards/messages/formatMessage';
import { messagesFor } from '../../adaptive-cards/messages/messagesFor';
import { AppError } from '../../skills/errors/AppError';
import type { SkillContext } from '../../skills/SkillDescriptor';
import {
  MessagePayload,
  messageAuthor,
  messageText,
} from '../../skills/surfaces/messageExtensions/messageText';
import { FILE_TICKET } from '../../skills/tickets/fileTicketSkill';
import { MAX_DESCRIPTION_CHARS, MAX_SUMMARY_CHARS } from '../../skills/tickets/ticketSchemas';
import type { Services } from '../compose';
import { presentError } from '../errors/presentError';

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

/**
 * What the adapter shows: a dialog with the ticket form (`card`, made a dialog by `toDialogCard`), a text as a
 * message dialog, or (after filing) the filed-ticket card as a result for the compose box.
 */
export type TicketDialogOutcome = DialogOutcome | { readonly kind: 'result'; readonly card: AdaptiveCard };
/** A dialog with the ticket form, or a text Teams shows as a message dialog. */
export type DialogOutcome =
  | { readonly kind: 'dialog'; readonly title: string; readonly card: AdaptiveCard }
  | { readonly kind: 'message'; readonly text: string };

/**
 * `composeExtension/fetchTask` for `fileTicketFromMessage` (context: message): reads the selected message (HTML
 * made text, its author and link), has `file_ticket` propose a ticket through the registry (prefilled from the text;
 * the description ends with where it came from) and returns the ticket form as a dialog whose buttons are
 * `Action.Submit` (see `toDialogCard`). Nothing is filed here. A message without text, bad input or a failure
 * returns a message, which Teams shows as a message dialog. Texts are in `locale`'s language. Never throws.
 */
export async function fetchTicketDialog(
  value: unknown,
  contextOf: () => Promise<SkillContext>,
  services: Services,
  locale?: string,
): Promise<DialogOutcome> {
  return guarded(services, locale, async (): Promise<DialogOutcome> => {
    const parsed = FetchTaskValue.safeParse(value);
    if (!parsed.success) throw new AppError('invalid_parameters');
    const payload = parsed.data.messagePayload;
    const text = await messageText(payload);
    if (!text) return message(messagesFor(locale).replies.extensions.noText);
    const skill = services.registry.get(FILE_TICKET);
    if (!skill) throw new AppError('unknown_skill');
    const result = await skill.invoke(
      { summary: truncateText(text, MAX_SUMMARY_CHARS), description: describe(text, payload, locale) },
      await contextOf(),
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
  data: unknown,
  contextOf: () => Promise<SkillContext>,
  services: Services,
  locale?: string,
): Promise<TicketDialogOutcome> {
  return guarded(services, locale, async () => {
    const parsed = DialogData.safeParse(data);
    if (!parsed.success) throw new AppError('invalid_parameters');
    const skillContext = await contextOf();
    if (parsed.data.verb === 'cancel') {
      await services.registry.cancel(FILE_TICKET, parsed.data.token, skillContext);
      return message(messagesFor(locale).replies.extensions.discarded);
    }
    const edits = payloadOf(data as Record<string, unknown>);
    const result = await services.registry.confirm(
      FILE_TICKET,
      { token: parsed.data.token, edits },
      skillContext,
    );
    if (toDialogCard(result.card).verbs.includes('confirm')) return dialog(result.card, locale);
    return { kind: 'result', card: result.card };
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

function dialog(card: AdaptiveCard, locale: string | undefined): DialogOutcome {
  const title = messagesFor(locale).replies.extensions.fileTicketTitle;
  return { kind: 'dialog', title, card: toDialogCard(card).card };
}

function message(text: string): DialogOutcome {
  return { kind: 'message', text };
}

async function guarded<T extends TicketDialogOutcome>(
  services: Services,
  locale: string | undefined,
  work: () => Promise<T>,
): Promise<T | DialogOutcome> {
  try {
    return await work();
  } catch (error) {
    return message(presentError(services.log, error, 'message action', locale).message);
  }
}
