import { messagesFor } from '../messages/messagesFor';
import type { AdaptiveCard } from '../AdaptiveCard';
import { expandTemplate } from '../expandTemplate';
import { safeText } from '../safeText';
import formTemplate from '../templates/tickets/form.json';
import { truncateText } from '../truncateText';
import { safeInputValue } from './safeInputValue';
import {
  DEFAULT_TICKET_CHOICES,
  NO_BRAND,
  priorityChoices,
  type TicketChoice,
  type TicketChoices,
} from './ticketLabels';
import type { TicketDraftView } from './TicketView';

/** Input ids of the ticket form: the keys of the data sent back with "File ticket". */
export const TICKET_FORM_INPUT_IDS = [
  'title',
  'description',
  'category',
  'priority',
  'brand',
  'component',
] as const;

export interface TicketFormCardModel {
  draft: TicketDraftView;
  /** The single-use confirmation token issued for this user and draft (base64url). */
  token: string;
  skill: 'file_ticket';
  /** Shown above the form in warning colour, e.g. why the form came back. */
  notice?: string;
  /** The organisation's categories and brands; default {@link DEFAULT_TICKET_CHOICES}. */
  choices?: TicketChoices;
  /** The user's locale: the form's fixed texts and priorities come from its catalog (English by default). */
  locale?: string;
}

/**
 * The confirmation form of `file_ticket`: inputs `title` (required, 3..200 chars), `description`
 * (multiline, ≤ 4,000), `category`, `priority`, `brand` (choice sets; `none` = not brand-specific) and
 * `component` (≤ 100), each prefilled from `draft` (values outside the lists fall back to the last category,
 * `normal`, `none`); category and brand choices from `choices` (the organisation profile); a line saying nothing is filed until the user confirms; and two `Action.Execute` buttons:
 * "File ticket" (`verb: 'confirm'`, data `{ skill, token }`, the client adds the inputs) and "Discard"
 * (`verb: 'cancel'`, same data, no inputs and no validation). Throws when `token` is not base64url.
 */
export function renderTicketFormCard(model: TicketFormCardModel): AdaptiveCard {
  if (!/^[A-Za-z0-9_-]{16,128}$/.test(model.token)) throw new Error('renderTicketFormCard: malformed token');
  const { draft } = model;
  const { categories, brands } = model.choices ?? DEFAULT_TICKET_CHOICES;
  const fallbackCategory = categories.at(-1)?.value ?? 'other';
  const priorities = priorityChoices(model.locale);
  return expandTemplate(formTemplate, {
    labels: messagesFor(model.locale).tickets,
    notice: truncateText(safeText(model.notice ?? ''), 500),
    title: safeInputValue(draft.title, 200),
    description: safeInputValue(draft.description, 4000),
    category: known(categories, draft.category, fallbackCategory),
    priority: known(priorities, draft.priority, 'normal'),
    brand: known(brands, draft.brand, NO_BRAND),
    component: safeInputValue(draft.component, 100),
    categories,
    priorities,
    brands,
    skill: model.skill,
    token: model.token,
  });
}

function known(choices: readonly TicketChoice[], value: string | undefined, fallback: string): string {
  return choices.some((choice) => choice.value === value) ? (value as string) : fallback;
}
