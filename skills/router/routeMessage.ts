import type { Messages } from '../../adaptive-cards/messages/Messages';
import { messagesFor } from '../../adaptive-cards/messages/messagesFor';
import type { SkillLookup } from '../offeredSkills';
import { extractReportParams } from './extractReportParams';

/** What the no-model router decided for one message. */
export type Route =
  | { readonly kind: 'help' }
  | { readonly kind: 'empty' }
  | { readonly kind: 'skill'; readonly skill: string; readonly params: Record<string, unknown> }
  /** A skill was recognised but a required parameter is missing: ask `prompt`, then fill `missing` from the reply. */
  | {
      readonly kind: 'ask';
      readonly skill: string;
      readonly params: Record<string, unknown>;
      readonly missing: string;
      readonly prompt: string;
    };

const HELP =
  /^(help|aide|hilfe|aiuto|\?|menu|start|hi|hello|hey|bonjour|hallo|ciao|what can you do\??|who are you\??)[.!?]*$/i;
const MY_TICKETS =
  /^(?:please\s+)?(?:show|list|what are|display|get)?\s*(?:me\s+)?(?:all\s+)?(?:my|mine)\s+(?:open\s+|own\s+)?(?:tickets?|requests?|incidents?)\b|\btickets?\s+(?:i|that i)\s+(?:have\s+)?(?:filed|opened|raised|created|logged)\b|^mine\b/i;
const TICKET_NUMBER =
  /\b(?:ticket|incident|request|work item)\s*(?:no\.?|number|nr\.?|#)?\s*#?(\d{1,9})\b|#(\d{1,9})\b/i;
const TICKET_STATUS =
  /\b(?:status|state|progress|update|news)\b.*\b(?:ticket|incident|request)\b|\b(?:ticket|incident|request)\b.*\b(?:status|state|progress|resolved|closed|done)\b|\bwhere(?:'s| is)\b.*\b(?:ticket|incident)\b|^(?:check|show)\s+(?:ticket|incident)\b/i;
const FILE_TICKET =
  /^(?:please\s+|can you\s+|could you\s+|i need to\s+|i want to\s+|i'd like to\s+)?(?:open|file|create|raise|log|submit|make)\s+(?:me\s+)?(?:a\s+|an\s+|new\s+|a new\s+)?(?:support\s+|it\s+|lab\s+)?(?:ticket|incident|issue|service request|request)\b\s*(?:for|about|on|that|saying)?\s*[:\-–]?\s*/i;
const FILE_TICKET_TRAILING =
  /[,.;]?\s*(?:please\s+)?(?:open|file|create|raise|log)\s+(?:a\s+)?(?:ticket|incident)(?:\s+for (?:it|this|that))?[.!]?$/i;
/** A conversational opener before a request ("and my tickets?", "also, open a ticket: ..."). */
const OPENER =
  /^(?:(?:and|also|then|ok(?:ay)?|now|so)\b[,\s]+)+(?:please\s+)?(?:what about\s+|how about\s+)?/i;
const DRAFT_REPORT =
  /^(?:please\s+|can you\s+|could you\s+)?(?:draft|write|prepare|create|generate|compile|put together|build)\s+(?:me\s+)?(?:a\s+|an\s+)?(?:short\s+|brief\s+|quick\s+|one-page\s+)?(?:status\s+)?(?:report|briefing|summary report)\b\s*/i;

/** Strips Teams mention markup and collapses whitespace; mentions of the bot itself carry no meaning. */
export function normaliseMessage(text: string): string {
  return (
    text
      .replace(/<at>[^<]*<\/at>/gi, ' ')
      // eslint-disable-next-line no-control-regex -- removing control characters is the point
      .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/**
 * Deterministic skill routing for when no model is configured. Contract: the same text always gives the
 * same route; a skill is chosen only if it is registered; anything that is not help or another skill's
 * trigger is a knowledge question. Consequential skills only ever get proposals from here (the registry
 * never executes them without a confirmation).
 */
export function routeMessage(
  text: string,
  registry: SkillLookup,
  /** The user's locale: an `ask` route's `prompt` is written in its language (English when unsupported). */
  locale?: string,
): Route {
  const message = normaliseMessage(text);
  if (!message) return { kind: 'empty' };
  if (HELP.test(message)) return { kind: 'help' };
  const has = (skill: string) => registry.get(skill) !== undefined;
  const route = routeRequest(message.replace(OPENER, ''), has, messagesFor(locale).replies.router);
  if (route) return route;
  if (!has('ask_knowledge')) return { kind: 'help' };
  // The whole message: a knowledge follow-up ("and for vans?") keeps its opener for `resolveFollowUp`.
  return { kind: 'skill', skill: 'ask_knowledge', params: { question: message } };
}

/** The route of a ticket or report request, or undefined for anything else (a knowledge question). */
function routeRequest(
  message: string,
  has: (skill: string) => boolean,
  prompts: Messages['replies']['router'],
): Route | undefined {
  if (has('my_tickets') && MY_TICKETS.test(message))
    return { kind: 'skill', skill: 'my_tickets', params: {} };
  if (has('ticket_status') && TICKET_STATUS.test(message) && !FILE_TICKET.test(message)) {
    const match = TICKET_NUMBER.exec(message);
    const id = match ? Number(match[1] ?? match[2]) : undefined;
    return id
      ? { kind: 'skill', skill: 'ticket_status', params: { ticketId: id } }
      : {
          kind: 'ask',
          skill: 'ticket_status',
          params: {},
          missing: 'ticketId',
          prompt: prompts.whichTicket,
        };
  }
  if (has('file_ticket') && (FILE_TICKET.test(message) || FILE_TICKET_TRAILING.test(message))) {
    const summary = message
      .replace(FILE_TICKET, '')
      .replace(FILE_TICKET_TRAILING, '')
      .replace(/[\s,.;!]*\b(?:please|pls|thanks|thank you)[.!]*$/i, '')
      .trim();
    return summary.length >= 3
      ? { kind: 'skill', skill: 'file_ticket', params: { summary } }
      : {
          kind: 'ask',
          skill: 'file_ticket',
          params: {},
          missing: 'summary',
          prompt: prompts.whatProblem,
        };
  }
  if (has('draft_report') && DRAFT_REPORT.test(message)) {
    const params = extractReportParams(message.replace(DRAFT_REPORT, ''));
    const { topic, ...rest } = params;
    return topic.length >= 3
      ? { kind: 'skill', skill: 'draft_report', params: { topic, ...rest } }
      : {
          kind: 'ask',
          skill: 'draft_report',
          params: rest,
          missing: 'topic',
          prompt: prompts.reportTopic,
        };
  }
  return undefined;
}

/**
 * Completes a pending follow-up: the reply fills the missing parameter, unless the reply is itself a new
 * request (help or another skill), which then wins.
 */
export function completeFollowUp(
  pending: { skill: string; params: Record<string, unknown>; missing: string },
  reply: string,
  registry: SkillLookup,
  /** As `routeMessage`'s. */
  locale?: string,
): Route {
  const route = routeMessage(reply, registry, locale);
  if (route.kind !== 'skill' || route.skill !== 'ask_knowledge') return route;
  const value = normaliseMessage(reply);
  if (pending.missing === 'ticketId') {
    const id = /\d{1,9}/.exec(value)?.[0];
    return id
      ? { kind: 'skill', skill: pending.skill, params: { ...pending.params, ticketId: Number(id) } }
      : {
          kind: 'ask',
          skill: pending.skill,
          params: pending.params,
          missing: 'ticketId',
          prompt: messagesFor(locale).replies.router.giveTicketNumber,
        };
  }
  return { kind: 'skill', skill: pending.skill, params: { ...pending.params, [pending.missing]: value } };
}
