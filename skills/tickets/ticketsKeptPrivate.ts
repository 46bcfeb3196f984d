import { renderNoticeCard } from '../../adaptive-cards';
import { messagesFor } from '../../adaptive-cards/messages/messagesFor';
import type { SkillResult } from '../SkillDescriptor';

/** The English notice (the catalog's `replies.tickets.keptPrivate`). */
export const TICKETS_KEPT_PRIVATE = messagesFor('en').replies.tickets.keptPrivate;

/**
 * The answer to a ticket question asked in a group chat, meeting or channel (`SkillContext.audience` set): a
 * ticket is readable by its requester alone, so what every member may read holds no ticket. Nothing of any
 * ticket (not even whether it exists) is shown, and the backend is not asked. Written in `locale`'s language.
 */
export function ticketsKeptPrivate(locale?: string): SkillResult {
  const m = messagesFor(locale).replies.tickets;
  return {
    card: renderNoticeCard({ title: m.keptPrivateTitle, message: m.keptPrivate }),
    text: m.keptPrivate,
    aiGenerated: false,
    citations: [],
    audit: { action: 'tickets_kept_private', detail: 'asked in a group conversation' },
  };
}
