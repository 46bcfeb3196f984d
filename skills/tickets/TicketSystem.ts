export const TICKET_PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export const TICKET_STATUSES = ['new', 'active', 'resolved', 'closed'] as const;

/** A category id of the organisation profile (`it`, `facilities`, …); the skills check it against the profile. */
export type TicketCategory = string;
export type TicketPriority = (typeof TICKET_PRIORITIES)[number];
/** A brand id of the organisation profile, or `group` (every brand); checked against the profile by the skills. */
export type TicketBrand = string;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

/** What a stored category or brand id looks like (lower-case key); backends drop anything else they read back. */
export const TICKET_KEY = /^[a-z][a-z0-9-]{0,39}$/;
/** Category of a ticket read back from a backend with no (or a malformed) category. */
export const UNKNOWN_CATEGORY = 'other';

/** What a person asks for: the fields of the confirmation form. */
export interface TicketDraft {
  /** One line, 3..200 characters once confirmed. */
  title: string;
  /** Free text, at most 4,000 characters; may contain newlines. */
  description: string;
  category: TicketCategory;
  priority: TicketPriority;
  brand?: TicketBrand;
  /** The thing affected (a rig, a room, an application), at most 100 characters. */
  component?: string;
}

/** A filed ticket, as the backend reports it. */
export interface Ticket extends TicketDraft {
  /** Backend id: 1, 2, 3, … in the embedded desk; the work item id in Azure DevOps. */
  id: number;
  status: TicketStatus;
  /** Id of the person the ticket was filed for (Entra object id or local-mode id). */
  requesterId: string;
  requesterName?: string;
  /** ISO 8601. */
  createdAt: string;
  /** Where a person can open the ticket, when the backend has a web UI. */
  url?: string;
}

export interface TicketRequester {
  readonly id: string;
  readonly name?: string;
}

/**
 * The ticket backend seam (embedded SQLite desk, Azure DevOps work items, …).
 * Contract (`test/skills/tickets/TicketSystem.contract.ts`, run against every backend): `create` with an
 * `idempotencyKey` already used returns the ticket created first, unchanged (defence in depth behind the
 * registry's idempotent confirm; concurrent creates with one key may file twice where the backend cannot
 * claim a key atomically, as Azure DevOps, which looks the key up before creating); `get` returns `undefined` for an id that does
 * not exist; `listByRequester` returns that requester's tickets newest first, at most `top` (default 20).
 * Access decisions (who may see which ticket) are the caller's. Backend failures are thrown as
 * `TicketBackendError` (`ticket_backend_denied`, `ticket_backend_unavailable`, `ticket_backend_rejected`).
 */
export interface TicketSystem {
  create(draft: TicketDraft, requester: TicketRequester, idempotencyKey: string): Promise<Ticket>;
  get(id: number): Promise<Ticket | undefined>;
  listByRequester(requesterId: string, options?: { top?: number }): Promise<Ticket[]>;
  close(): Promise<void>;
}

/** Default and largest `top` of `listByRequester`. */
export const DEFAULT_TICKET_LIST_TOP = 20;
export const MAX_TICKET_LIST_TOP = 100;

/** Clamps a requested list size to 1..MAX_TICKET_LIST_TOP (default DEFAULT_TICKET_LIST_TOP). */
export function clampTop(top: number | undefined): number {
  if (top === undefined || !Number.isFinite(top)) return DEFAULT_TICKET_LIST_TOP;
  return Math.min(MAX_TICKET_LIST_TOP, Math.max(1, Math.floor(top)));
}

/** True for what a backend can have issued as a ticket id: a whole number from 1. */
export function isTicketId(id: number): boolean {
  return Number.isSafeInteger(id) && id >= 1;
}

/** Throws (a programming error, not a backend failure) when `create` was called without an idempotency key. */
export function requireIdempotencyKey(idempotencyKey: string, backend: string): void {
  if (idempotencyKey === '') throw new Error(`${backend}.create: idempotencyKey is required`);
}
