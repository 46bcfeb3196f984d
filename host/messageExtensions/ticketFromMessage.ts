import { z } from 'zod/v4';
import { safeHttpUrl, truncateText, type AdaptiveCard } from '../../adaptive-cards';
import { ConfirmData, payloadOf } from '../../adaptive-cards/actions/CardActionData';
import { toDialogCard } from '../../adaptive-cards/messageExtensions';
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

export const DIALOG_TITLE = 'File a ticket from this message';
export const NO_TEXT_MESSAGE =
  'This message has no text to file a ticket from. Open the bot and describe the problem instead.';
export const DISCARDED_MESSAGE = 'Discarded. Nothing was filed.';

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
 * returns a string, which Teams shows as a message dialog. Never throws.
 */
export async function fetchTicketDialog(
  value: unknown,
  contextOf: () => Promise<SkillContext>,
  services: Services,
): Promise<DialogOutcome> {
  return guarded(services, async (): Promise<DialogOutcome> => {
    const parsed = FetchTaskValue.safeParse(value);
    if (!parsed.success) throw new AppError('invalid_parameters');
    const payload = parsed.data.messagePayload;
    const text = await messageText(payload);
    if (!text) return message(NO_TEXT_MESSAGE);
    const skill = services.registry.get(FILE_TICKET);
    if (!skill) throw new AppError('unknown_skill');
    const result = await skill.invoke(
      { summary: truncateText(text, MAX_SUMMARY_CHARS), description: describe(text, payload) },
      await contextOf(),
    );
    return dialog(result.card);
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
): Promise<TicketDialogOutcome> {
  return guarded(services, async () => {
    const parsed = DialogData.safeParse(data);
    if (!parsed.success) throw new AppError('invalid_parameters');
    const skillContext = await contextOf();
    if (parsed.data.verb === 'cancel') {
      await services.registry.cancel(FILE_TICKET, parsed.data.token, skillContext);
      return message(DISCARDED_MESSAGE);
    }
    const edits = payloadOf(data as Record<string, unknown>);
    const result = await services.registry.confirm(
      FILE_TICKET,
      { token: parsed.data.token, edits },
      skillContext,
    );
    if (toDialogCard(result.card).verbs.includes('confirm')) return dialog(result.card);
    return { kind: 'result', card: result.card };
  });
}

/** The message's text, shortened to leave room for a last line naming its author and link (http(s) only). */
function describe(text: string, payload: MessagePayload): string {
  const author = messageAuthor(payload);
  const link = safeHttpUrl(payload.linkToMessage ?? undefined);
  const source = [`— From a Teams message${author ? ` by ${author}` : ''}`, link].filter(Boolean).join(': ');
  return `${truncateText(text, MAX_DESCRIPTION_CHARS - source.length - 2)}\n\n${source}`;
}

function dialog(card: AdaptiveCard): DialogOutcome {
  return { kind: 'dialog', title: DIALOG_TITLE, card: toDialogCard(card).card };
}

function message(text: string): DialogOutcome {
  return { kind: 'message', text };
}

async function guarded<T extends TicketDialogOutcome>(
  services: Services,
  work: () => Promise<T>,
): Promise<T | DialogOutcome> {
  try {
    return await work();
  } catch (error) {
    return message(presentError(services.log, error, 'message action').error.userMessage);
  }
}
