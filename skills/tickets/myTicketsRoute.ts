import type { SkillRoute } from '../router/SkillRoute';

const MY_TICKETS =
  /^(?:please\s+)?(?:show|list|what are|display|get)?\s*(?:me\s+)?(?:all\s+)?(?:my|mine)\s+(?:open\s+|own\s+)?(?:tickets?|requests?|incidents?)\b|\btickets?\s+(?:i|that i)\s+(?:have\s+)?(?:filed|opened|raised|created|logged)\b|^mine\b/i;

/** "my tickets", "show my open tickets", "tickets I filed": no parameters. Tried first. */
export const myTicketsRoute: SkillRoute = {
  order: 10,
  match: (message) => (MY_TICKETS.test(message) ? { params: {} } : undefined),
};
