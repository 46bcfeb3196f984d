import crypto from 'node:crypto';
import { z } from 'zod/v4';
import { formatMessage } from '../../adaptive-cards/messages/formatMessage';
import { messagesFor } from '../../adaptive-cards/messages/messagesFor';
import { renderTicketFiledCard, renderTicketFormCard } from '../../adaptive-cards/tickets';
import { defaultOrganisationProfile } from '../../knowledge/profile/defaultOrganisationProfile';
import type { OrganisationProfile } from '../../knowledge/profile/OrganisationProfile';
import type { ConfirmationStore } from '../confirm/ConfirmationStore';
import { brandParameter } from '../profile/brandParameter';
import { placeBrand } from '../profile/placeBrand';
import { AppError } from '../errors/AppError';
import type { SkillContext, SkillDescriptor, SkillResult } from '../SkillDescriptor';
import { draftFromText } from './draftFromText';
import { TicketBackendError, toTicketAppError } from './TicketBackendError';
import {
  MAX_COMPONENT_CHARS,
  MAX_DESCRIPTION_CHARS,
  MAX_SUMMARY_CHARS,
  TITLE_CHARS,
  isFileable,
  mergeEdits,
  ticketSchemas,
  type PendingTicket,
  type TicketEdits,
} from './ticketSchemas';
import { ticketChoices } from './ticketChoices';
import { TICKET_PRIORITIES, type Ticket, type TicketDraft, type TicketSystem } from './TicketSystem';
import { fileTicketRoute } from './fileTicketRoute';

export const FILE_TICKET = 'file_ticket';

/** The parameters of `file_ticket`; `category` and `brand` are ids of the organisation profile. */
export interface FileTicketParams {
  summary: string;
  title?: string | undefined;
  description?: string | undefined;
  category?: string | undefined;
  priority?: (typeof TICKET_PRIORITIES)[number] | undefined;
  brand?: string | undefined;
  component?: string | undefined;
}

const fileTicketParams = (profile: OrganisationProfile): z.ZodType<FileTicketParams> =>
  z.object({
    summary: z
      .string()
      .trim()
      .min(1)
      .max(MAX_SUMMARY_CHARS)
      .describe('The problem in the words of the employee, e.g. "the CAN simulator in lab 3 is down".'),
    title: z
      .string()
      .trim()
      .min(1)
      .max(TITLE_CHARS.max)
      .optional()
      .describe('One-line title, if already known.'),
    description: z.string().trim().max(MAX_DESCRIPTION_CHARS).optional().describe('Longer description.'),
    category: z
      .enum(profile.ticketCategories.map((category) => category.id) as [string, ...string[]])
      .optional()
      .describe('Which team handles it.'),
    priority: z.enum(TICKET_PRIORITIES).optional().describe('How urgent it is.'),
    brand: brandParameter(profile, 'The brand concerned, if any (a brand id).'),
    component: z
      .string()
      .trim()
      .max(MAX_COMPONENT_CHARS)
      .optional()
      .describe('The affected equipment or service, e.g. "CAN simulator".'),
  });

export interface FileTicketDeps {
  readonly tickets: TicketSystem;
  readonly confirmations: ConfirmationStore;
  /** Id of a new draft (keys its one-time creation in the backend); default `crypto.randomUUID`. */
  readonly newDraftId?: () => string;
  /** The organisation: ticket categories and their keywords, brands, example requests; default neutral. */
  readonly profile?: OrganisationProfile;
}

/**
 * `file_ticket` (consequential). `handler` only proposes: it prefills a draft from the user's words
 * (`draftFromText`; explicit parameters win), stores it with a single-use token issued for this user, and
 * returns the editable form card; it never creates a ticket. `confirm.execute` (run by the registry after it
 * consumed the token) files the draft with the user's edits applied, for the confirming user, under the
 * idempotency key `file_ticket:<draftId>`. When the backend is unavailable, or the draft still has no title
 * (a caller other than the card confirmed), nothing is filed and the form comes back with a fresh token and
 * the reason; other backend failures are thrown as AppErrors.
 */
export function fileTicketSkill(deps: FileTicketDeps): SkillDescriptor<FileTicketParams, TicketEdits> {
  const newDraftId = deps.newDraftId ?? (() => crypto.randomUUID());
  const profile = deps.profile ?? defaultOrganisationProfile;
  const schemas = ticketSchemas(profile);
  const propose = async (
    draft: TicketDraft,
    draftId: string,
    context: SkillContext,
    notice?: string,
  ): Promise<SkillResult> => {
    const m = messagesFor(context.locale).replies.tickets;
    const pending: PendingTicket = { draftId, draft };
    const { token, expiresAt } = await deps.confirmations.issue({
      userId: context.user.id,
      skill: FILE_TICKET,
      draft: pending,
    });
    return {
      card: renderTicketFormCard({
        draft,
        token,
        skill: FILE_TICKET,
        choices: ticketChoices(profile, context.locale),
        ...(notice ? { notice } : {}),
        ...(context.locale ? { locale: context.locale } : {}),
      }),
      text: notice ? `${notice} ${m.checkForm}` : m.checkForm,
      aiGenerated: false,
      citations: [],
      audit: { action: notice ? 'ticket_reproposed' : 'ticket_proposed', detail: draft.category },
      confirmation: {
        skill: FILE_TICKET,
        token,
        expiresAt,
        summary: formatMessage(m.proposal, {
          priority: m.priorities[draft.priority],
          category: draft.category,
          title: draft.title || m.noTitleYet,
        }),
      },
    };
  };

  return {
    name: FILE_TICKET,
    title: 'File a support ticket',
    description: `Prepares a support ticket (${categoryList(profile)}) from the employee’s description and shows it as a form. Nothing is filed until the employee reviews the form and confirms; the ticket is filed in their name.`,
    parameters: fileTicketParams(profile),
    consequential: true,
    route: fileTicketRoute,
    examples: profile.examples.tickets,
    async handler(params, context) {
      const inferred = draftFromText(params.summary, profile);
      const draft: TicketDraft = {
        ...inferred,
        ...definedOnly({
          title: params.title,
          description: params.description,
          category: params.category,
          priority: params.priority,
          brand: params.brand,
          component: params.component,
        }),
      };
      // In a brand's team or channel the ticket carries that brand.
      const brand = placeBrand(draft.brand, context);
      if (brand !== undefined) draft.brand = brand;
      return propose(draft, newDraftId(), context);
    },
    confirm: {
      edits: schemas.TicketEdits,
      async execute({ draft: stored, edits }, context) {
        const pending = schemas.PendingTicket.safeParse(stored);
        if (!pending.success) throw new AppError('confirmation_invalid');
        const { draftId, draft } = pending.data;
        const merged = mergeEdits(draft, edits);
        const brand = placeBrand(merged.brand, context);
        const final = brand === undefined ? merged : { ...merged, brand };
        const m = messagesFor(context.locale).replies.tickets;
        if (!isFileable(final)) {
          return propose(final, draftId, context, formatMessage(m.addTitle, { min: TITLE_CHARS.min }));
        }
        let ticket: Ticket;
        try {
          ticket = await deps.tickets.create(
            final,
            { id: context.user.id, ...(context.user.name ? { name: context.user.name } : {}) },
            `${FILE_TICKET}:${draftId}`,
          );
        } catch (error) {
          if (error instanceof TicketBackendError && error.code === 'ticket_backend_unavailable') {
            return propose(final, draftId, context, m.notAnswered);
          }
          throw toTicketAppError(error, context.locale);
        }
        return {
          card: renderTicketFiledCard(ticket, ticketChoices(profile, context.locale), context.locale),
          text: formatMessage(m.filed, { id: ticket.id }),
          aiGenerated: false,
          citations: [],
          audit: { action: 'ticket_filed', detail: `ticket ${ticket.id}` },
        };
      },
    },
  };
}

/** `value` without its `undefined` properties (so a spread never overwrites with `undefined`). */
function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** "IT, facilities": the profile's category titles without their parentheses, the catch-all last one left out. */
function categoryList(profile: OrganisationProfile): string {
  const titles = profile.ticketCategories.map((category) => category.title.replace(/\s*\(.*\)$/, ''));
  return (titles.length > 1 ? titles.slice(0, -1) : titles).join(', ');
}
