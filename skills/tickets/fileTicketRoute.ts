import { messagesFor } from '../../adaptive-cards/messages/messagesFor';
import type { SkillRoute } from '../router/SkillRoute';
import { FILE_TICKET, FILE_TICKET_TRAILING } from './ticketRoutePatterns';

/**
 * "open a ticket: the CAN simulator in lab 3 is down", "…, please open a ticket": the rest of the message is the
 * summary; with less than 3 characters left, the router asks what the problem is.
 */
export const fileTicketRoute: SkillRoute = {
  order: 20,
  match(message, locale) {
    if (!FILE_TICKET.test(message) && !FILE_TICKET_TRAILING.test(message)) return undefined;
    const summary = message
      .replace(FILE_TICKET, '')
      .replace(FILE_TICKET_TRAILING, '')
      .replace(/[\s,.;!]*\b(?:please|pls|thanks|thank you)[.!]*$/i, '')
      .trim();
    if (summary.length >= 3) return { params: { summary } };
    const prompt = messagesFor(locale).replies.router.whatProblem;
    return { ask: { missing: 'summary', prompt, params: {} } };
  },
};
