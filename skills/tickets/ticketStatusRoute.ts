import { messagesFor } from '../../adaptive-cards/messages/messagesFor';
import type { SkillRoute } from '../router/SkillRoute';
import { FILE_TICKET } from './ticketRoutePatterns';

const TICKET_NUMBER =
  /\b(?:ticket|incident|request|work item)\s*(?:no\.?|number|nr\.?|#)?\s*#?(\d{1,9})\b|#(\d{1,9})\b/i;
const TICKET_STATUS =
  /\b(?:status|state|progress|update|news)\b.*\b(?:ticket|incident|request)\b|\b(?:ticket|incident|request)\b.*\b(?:status|state|progress|resolved|closed|done)\b|\bwhere(?:'s| is)\b.*\b(?:ticket|incident)\b|^(?:check|show)\s+(?:ticket|incident)\b/i;

/**
 * "status of ticket 12", "is ticket 42 resolved?": the ticket number, or the question which one. A request to
 * file a ticket that mentions a status is not one. A reply to the question must hold a number.
 */
export const ticketStatusRoute: SkillRoute = {
  order: 30,
  match(message, locale) {
    if (!TICKET_STATUS.test(message) || FILE_TICKET.test(message)) return undefined;
    const match = TICKET_NUMBER.exec(message);
    const id = match ? Number(match[1] ?? match[2]) : undefined;
    if (id) return { params: { ticketId: id } };
    return {
      ask: { missing: 'ticketId', prompt: messagesFor(locale).replies.router.whichTicket, params: {} },
    };
  },
  fill(missing, reply, params, locale) {
    const id = missing === 'ticketId' ? /\d{1,9}/.exec(reply)?.[0] : undefined;
    if (id) return { params: { ...params, ticketId: Number(id) } };
    const prompt = messagesFor(locale).replies.router.giveTicketNumber;
    return { ask: { missing, prompt, params } };
  },
};
