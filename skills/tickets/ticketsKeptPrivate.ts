import { renderNoticeCard } from '../../adaptive-cards';
import type { SkillResult } from '../SkillDescriptor';

export const TICKETS_KEPT_PRIVATE =
  'Your tickets are private, so I don’t show them where other people read along. Ask me in our 1:1 chat.';

/**
 * The answer to a ticket question asked in a group chat, meeting or channel (`SkillContext.audience` set): a
 * ticket is readable by its requester alone, so what every member may read holds no ticket. Nothing of any
 * ticket (not even whether it exists) is shown, and the backend is not asked.
 */
export function ticketsKeptPrivate(): SkillResult {
  return {
    card: renderNoticeCard({ title: 'Tickets are private', message: TICKETS_KEPT_PRIVATE }),
    text: TICKETS_KEPT_PRIVATE,
    aiGenerated: false,
    citations: [],
    audit: { action: 'tickets_kept_private', detail: 'asked in a group conversation' },
  };
}
