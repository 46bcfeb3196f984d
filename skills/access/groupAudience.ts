import { EVERYONE, type Principal } from '../../knowledge/access/Principal';
import { DirectoryUnavailableError } from '../../knowledge/identity/DirectoryUnavailableError';
import type { Directory } from '../../knowledge/identity/Directory';
import { AppError } from '../errors/AppError';
import type { SkillUser } from '../SkillDescriptor';
import type { GroupAudience } from './Audience';
import { audiencePrincipals } from './audiencePrincipals';
import type { RosterMember } from './RosterMember';
import type { Messages } from '../../adaptive-cards/messages/Messages';
import { messagesFor } from '../../adaptive-cards/messages/messagesFor';

/** The conversation a skill answers into, as far as its audience goes (the SDK adapter fills it in). */
export interface AudienceConversation {
  /** A 1:1 chat with the bot: the asker alone reads the answer. */
  readonly personal: boolean;
  /** The bot's own id in the roster (left out of the members). */
  readonly botId?: string;
  /** The asker as the channel names them (to find their roster entry). */
  readonly from?: { readonly id?: string; readonly aadObjectId?: string };
  /** The reader's locale (the activity's), for the notices. */
  readonly locale?: string;
  /** Every current member; throws when the roster cannot be read, never returns a partial list. */
  members(): Promise<readonly RosterMember[]>;
}

/**
 * Whether guests and members of other tenants (shared channels) make this tenant's `everyone` documents
 * readable in a conversation they are in. `false` (the safe default): with such a member present nothing is
 * searched. A constant until the config grows a setting for it.
 */
export const EXTERNAL_MEMBERS_READ_EVERYONE_DOCUMENTS = false;

/** The English notices (the catalog's `replies.access`); a user gets them in the conversation's language. */
export const ROSTER_UNAVAILABLE_NOTICE = messagesFor('en').replies.access.membersUnchecked;
export const EXTERNAL_MEMBER_NOTICE = messagesFor('en').replies.access.externalMember;

/** Directory look-ups run at most this many at a time. */
const CONCURRENCY = 8;

export interface AudienceDeps {
  readonly directory: Directory;
  /** The bot's own tenant; members of other tenants are external. Default: the asker's tenant. */
  readonly homeTenantId?: string;
  /** Tenants whose users may ask as guests (organisation profile `allowedGuestTenants`); default none. */
  readonly allowedGuestTenants?: readonly string[];
}

/** Thrown (as AppError `tenant_not_allowed`'s cause) when the roster names the asker with another tenant. */
export class ForeignAskerError extends Error {
  constructor(readonly tenantId: string) {
    super('the asker belongs to another tenant');
  }
}

/**
 * The user a skill runs as, for the activity's conversation. In a 1:1 chat: the asker, unchanged. Anywhere
 * more people read the answer (group chat, meeting, channel): the asker with `principals` narrowed to what
 * every current member may read (each member resolved through the directory like the asker), and the
 * audience. Fails closed: an unreadable roster leaves `everyone` (and says so, in the reader's language); an unreachable directory for
 * a member counts that member as `everyone` only; an external member (guest, anonymous, other tenant)
 * contributes `everyone` only if `EXTERNAL_MEMBERS_READ_EVERYONE_DOCUMENTS`, else nothing. An asker of another
 * tenant (not an allowed guest tenant) is refused: see `refuseForeignAsker`.
 */
export async function groupAudience(
  conversation: AudienceConversation,
  asker: SkillUser,
  deps: AudienceDeps,
): Promise<{ user: SkillUser; audience?: GroupAudience }> {
  if (conversation.personal) return { user: asker };
  const askerPrincipals = asker.principals;
  const m = messagesFor(conversation.locale).replies.access;
  let members: readonly RosterMember[];
  try {
    members = await conversation.members();
  } catch {
    return {
      user: withNotice(
        { ...asker, principals: audiencePrincipals([askerPrincipals, [EVERYONE]]) },
        m.membersUnchecked,
      ),
      audience: { kind: 'group', members: 0, askerPrincipals },
    };
  }
  const homeTenant = deps.homeTenantId ?? asker.tenantId;
  refuseForeignAsker(conversation.from, members, homeTenant, deps.allowedGuestTenants ?? []);
  const botId = conversation.botId;
  // The asker's roster entry is resolved like everyone else's too, so an asker who is a guest counts as one.
  const others = dedupe(members).filter((member) => member.id !== botId);
  const notices = new Set<string>();
  const lists: Principal[][] = [];
  for (let i = 0; i < others.length; i += CONCURRENCY) {
    const batch = others.slice(i, i + CONCURRENCY);
    lists.push(
      ...(await Promise.all(
        batch.map((member) => principalsOf(member, homeTenant, deps.directory, notices, m)),
      )),
    );
  }
  let user: SkillUser = { ...asker, principals: audiencePrincipals([askerPrincipals, ...lists]) };
  for (const notice of notices) user = withNotice(user, notice);
  return { user, audience: { kind: 'group', members: others.length, askerPrincipals } };
}

/**
 * One deployment serves one tenant: an asker the roster names with another tenant (a guest of a shared
 * channel, whose activity may carry only the host's tenant) is refused with AppError `tenant_not_allowed`
 * (cause `ForeignAskerError`), unless that tenant is an allowed guest tenant.
 */
function refuseForeignAsker(
  from: AudienceConversation['from'],
  members: readonly RosterMember[],
  homeTenant: string | undefined,
  allowed: readonly string[],
): void {
  if (homeTenant === undefined) return;
  const entry = members.find(
    (member) =>
      member.id === from?.id || (from?.aadObjectId !== undefined && member.aadObjectId === from.aadObjectId),
  );
  const tenant = entry?.tenantId;
  if (tenant === undefined || tenant === homeTenant || allowed.includes(tenant)) return;
  throw new AppError('tenant_not_allowed', { cause: new ForeignAskerError(tenant) });
}

async function principalsOf(
  member: RosterMember,
  homeTenant: string | undefined,
  directory: Directory,
  notices: Set<string>,
  m: Messages['replies']['access'],
): Promise<Principal[]> {
  const external =
    member.userRole === 'guest' ||
    member.userRole === 'anonymous' ||
    (member.tenantId !== undefined && homeTenant !== undefined && member.tenantId !== homeTenant);
  if (external) {
    notices.add(m.externalMember);
    return EXTERNAL_MEMBERS_READ_EVERYONE_DOCUMENTS ? [EVERYONE] : [];
  }
  try {
    return await directory.principalsFor(idOf(member));
  } catch (error) {
    if (!(error instanceof DirectoryUnavailableError)) throw error;
    notices.add(m.membersUnchecked);
    return [EVERYONE];
  }
}

/** The id the directory knows a member by: the Entra object id, else the channel id (local mode). */
function idOf(member: RosterMember): string {
  return member.aadObjectId ?? member.id;
}

function dedupe(members: readonly RosterMember[]): RosterMember[] {
  const byId = new Map<string, RosterMember>();
  for (const member of members) if (!byId.has(member.id)) byId.set(member.id, member);
  return [...byId.values()];
}

function withNotice(user: SkillUser, notice: string): SkillUser {
  if (user.notice?.includes(notice)) return user;
  return { ...user, notice: user.notice ? `${user.notice} ${notice}` : notice };
}
