import { z } from 'zod/v4';
import { renderNoticeCard } from '../../adaptive-cards';
import { formatMessage } from '../../adaptive-cards/messages/formatMessage';
import { messagesFor } from '../../adaptive-cards/messages/messagesFor';
import { renderTicketStatusCard } from '../../adaptive-cards/tickets';
import type { SkillDescriptor } from '../SkillDescriptor';
import { toTicketAppError } from './TicketBackendError';
import { ticketsKeptPrivate } from './ticketsKeptPrivate';
import type { Ticket, TicketSystem } from './TicketSystem';
import { defaultOrganisationProfile } from '../../knowledge/profile/defaultOrganisationProfile';
import type { OrganisationProfile } from '../../knowledge/profile/OrganisationProfile';
import { ticketChoices } from './ticketChoices';
import { ticketStatusRoute } from './ticketStatusRoute';

const TicketStatusParams = z.object({
  ticketId: z.number().int().min(1).max(2_147_483_647).describe('The ticket number, e.g. 12.'),
});
export type TicketStatusParams = z.infer<typeof TicketStatusParams>;

export interface TicketStatusDeps {
  readonly tickets: TicketSystem;
  /** The organisation, for category and brand labels; default neutral (stored ids shown as they are). */
  readonly profile?: OrganisationProfile;
}

/**
 * `ticket_status`: one ticket, for its requester only. A ticket filed for someone else gets exactly the same
 * "not found" answer as a missing one, so the reply never reveals that a ticket exists. Asked in a group
 * conversation, it shows no ticket at all (`ticketsKeptPrivate`).
 */
export function ticketStatusSkill(deps: TicketStatusDeps): SkillDescriptor<TicketStatusParams> {
  return {
    name: 'ticket_status',
    title: 'Check a ticket',
    description:
      'Shows the status, priority and details of one of the employee’s own support tickets, by ticket number.',
    parameters: TicketStatusParams,
    consequential: false,
    route: ticketStatusRoute,
    examples: ['Status of ticket 12', 'Is ticket 42 resolved?', 'Any update on ticket 7?'],
    // They name ticket numbers a new user doesn't have: not welcome or help buttons.
    examplesWorkForAnyone: false,
    async handler(params, context) {
      if (context.audience) return ticketsKeptPrivate(context.locale);
      const m = messagesFor(context.locale).replies.tickets;
      let ticket: Ticket | undefined;
      try {
        ticket = await deps.tickets.get(params.ticketId);
      } catch (error) {
        throw toTicketAppError(error, context.locale);
      }
      if (!ticket || ticket.requesterId !== context.user.id) {
        const message = formatMessage(m.notFound, { id: params.ticketId });
        return {
          card: renderNoticeCard({ title: m.notFoundTitle, message }),
          text: message,
          aiGenerated: false,
          citations: [],
          audit: { action: 'ticket_not_found', detail: `ticket ${params.ticketId}` },
        };
      }
      return {
        card: renderTicketStatusCard(
          ticket,
          ticketChoices(deps.profile ?? defaultOrganisationProfile, context.locale),
          context.locale,
        ),
        text: formatMessage(m.status, { id: ticket.id, status: m.statuses[ticket.status] }),
        aiGenerated: false,
        citations: [],
        audit: { action: 'ticket_status_shown', detail: `ticket ${ticket.id}` },
      };
    },
  };
}
