import { TeamsInfo, type TurnContext } from 'botbuilder';
import type { RosterMember } from './ConversationRoster';
import { teamIdOf } from './conversationKind';

/** Members requested per page (the connector's maximum is 500). */
const PAGE_SIZE = 500;
/** Upper bound on pages read per roster, so a misbehaving connector cannot keep a turn busy forever. */
const MAX_PAGES = 200;

/**
 * Reads the roster through the Bot Framework connector at the activity's `serviceUrl`
 * (`GET /v3/conversations/{id}/pagedmembers`, every page). In a channel it reads the team's members and the
 * channel conversation's own members (private and shared channels differ from the team) and returns both;
 * a larger member list only narrows what the audience may read. Throws when any page fails.
 */
export async function connectorRosterMembers(context: TurnContext): Promise<RosterMember[]> {
  const conversationId = context.activity.conversation?.id;
  if (!conversationId) throw new Error('activity has no conversation id');
  const teamId = teamIdOf(context.activity);
  const ids = teamId && teamId !== conversationId ? [teamId, conversationId] : [conversationId];
  const members: RosterMember[] = [];
  for (const id of ids) members.push(...(await allPages(context, id)));
  return members;
}

async function allPages(context: TurnContext, conversationId: string): Promise<RosterMember[]> {
  const members: RosterMember[] = [];
  let token: string | undefined;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    // getPagedTeamMembers reads `/v3/conversations/{id}/pagedmembers` for the id it is given: a team or a chat.
    const result = await TeamsInfo.getPagedTeamMembers(context, conversationId, PAGE_SIZE, token);
    for (const member of result.members ?? []) {
      members.push({
        id: member.id,
        ...(member.aadObjectId ? { aadObjectId: member.aadObjectId } : {}),
        ...(member.tenantId ? { tenantId: member.tenantId } : {}),
        ...(member.userRole ? { userRole: member.userRole } : {}),
      });
    }
    token = result.continuationToken || undefined;
    if (!token) return members;
  }
  throw new Error(`roster of ${conversationId} has more than ${MAX_PAGES} pages`);
}
