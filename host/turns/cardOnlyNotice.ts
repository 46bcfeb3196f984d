import { messagesFor } from '../../adaptive-cards/messages/messagesFor';

/** The reply to a message that holds only cards (e.g. a search result shared into the chat), in `locale`'s language. */
export function cardOnlyNotice(locale?: string): { title: string; message: string } {
  const m = messagesFor(locale).replies.teams;
  return { title: m.cardOnlyTitle, message: m.cardOnly };
}

/** The English reply (`cardOnlyNotice()`). */
export const CARD_ONLY_NOTICE = cardOnlyNotice();
