import { z } from 'zod/v4';
import { knowledgeRoute } from '../../skills/knowledge/knowledgeRoute';
import { draftReportRoute } from '../../skills/reports/draftReportRoute';
import type { SkillRoute } from '../../skills/router/SkillRoute';
import type { SkillResult } from '../../skills/SkillDescriptor';
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

/** The empty result every stand-in skill answers with. */
const STAND_IN_RESULT: SkillResult = {
  card: { type: 'AdaptiveCard', version: '1.5', body: [] } as never,
  text: '',
  aiGenerated: false,
  citations: [],
};

/**
 * A stand-in skill named `name` (title and description too) that takes any parameters, is not consequential
 * and answers with an empty result; with `route`, the router reaches it the way that route says.
 */
export function standInSkill(name: string, route?: SkillRoute) {
  return {
    name,
    title: name,
    description: name,
    parameters: z.record(z.string(), z.unknown()),
    consequential: false,
    examples: [],
    handler: async () => STAND_IN_RESULT,
    ...(route ? { route } : {}),
  };
}
