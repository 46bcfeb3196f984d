import { knowledgeRoute } from '../../skills/knowledge/knowledgeRoute';
import { draftReportRoute } from '../../skills/reports/draftReportRoute';
import type { SkillRoute } from '../../skills/router/SkillRoute';
import { fileTicketRoute } from '../../skills/tickets/fileTicketRoute';
import { myTicketsRoute } from '../../skills/tickets/myTicketsRoute';
import { ticketStatusRoute } from '../../skills/tickets/ticketStatusRoute';

/** The product skills' routes by skill name, for tests that register stand-in skills under those names. */
export const SKILL_ROUTES: Readonly<Record<string, SkillRoute>> = {
  ask_knowledge: knowledgeRoute,
  file_ticket: fileTicketRoute,
  ticket_status: ticketStatusRoute,
  my_tickets: myTicketsRoute,
  draft_report: draftReportRoute,
};
