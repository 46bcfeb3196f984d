import { z } from 'zod/v4';
import { formatMessage } from '../../adaptive-cards/messages/formatMessage';
import { messagesFor } from '../../adaptive-cards/messages/messagesFor';
import { renderTicketListCard } from '../../adaptive-cards/tickets';
import type { SkillDescriptor } from '../SkillDescriptor';
import { toTicketAppError } from './TicketBackendError';
import { ticketsKeptPrivate } from './ticketsKeptPrivate';
import { DEFAULT_TICKET_LIST_TOP, type Ticket, type TicketSystem } from './TicketSystem';
import { myTicketsRoute } from './myTicketsRoute';

/** Most tickets `my_tickets` lists. */
export const MAX_MY_TICKETS = 25;

const MyTicketsParams = z.object({
  top: z
    .number()
    .int()
    .min(1)
    .max(MAX_MY_TICKETS)
    .optional()
    .describe(`How many tickets to list, newest first (default ${DEFAULT_TICKET_LIST_TOP}).`),
});
export type MyTicketsParams = z.infer<typeof MyTicketsParams>;

export interface MyTicketsDeps {
  readonly tickets: TicketSystem;
}

/**
 * `my_tickets`: the asking user's own tickets, newest first (never anyone else's); in a group conversation,
 * none (`ticketsKeptPrivate`).
 */
export function myTicketsSkill(deps: MyTicketsDeps): SkillDescriptor<MyTicketsParams> {
  return {
    name: 'my_tickets',
    title: 'My tickets',
    description:
      'Lists the support tickets filed by the employee, newest first, with their status and priority.',
    parameters: MyTicketsParams,
    consequential: false,
    route: myTicketsRoute,
    examples: ['My tickets', 'Show my open tickets', 'What tickets did I file?'],
    async handler(params, context) {
      if (context.audience) return ticketsKeptPrivate(context.locale);
      let tickets: Ticket[];
      try {
        tickets = await deps.tickets.listByRequester(context.user.id, {
          top: params.top ?? DEFAULT_TICKET_LIST_TOP,
        });
      } catch (error) {
        throw toTicketAppError(error, context.locale);
      }
      const mine = tickets.filter((ticket) => ticket.requesterId === context.user.id);
      const m = messagesFor(context.locale).replies.tickets;
      return {
        card: renderTicketListCard(mine, context.locale),
        text:
          mine.length === 0
            ? m.none
            : mine
                .map((ticket) =>
                  formatMessage(m.listItem, { id: ticket.id, status: m.statuses[ticket.status] }),
                )
                .join(', '),
        aiGenerated: false,
        citations: [],
        audit: { action: 'tickets_listed', detail: `${mine.length} tickets` },
      };
    },
  };
}
