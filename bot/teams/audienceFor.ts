import type { TurnContext } from 'botbuilder';
import type { GroupAudience } from '../../skills/access/Audience';
import { groupAudience, type AudienceDeps } from '../../skills/access/groupAudience';
import type { SkillUser } from '../../skills/SkillDescriptor';
import type { ConversationRoster } from './ConversationRoster';
import { conversationKind } from './conversationKind';

export {
  EXTERNAL_MEMBER_NOTICE,
  ForeignAskerError,
  ROSTER_UNAVAILABLE_NOTICE,
} from '../../skills/access/groupAudience';

/**
 * The user a skill runs as in the activity's conversation (see `groupAudience`): the conversation kind, the
 * bot's and the asker's channel ids and the roster come from the activity.
 */
export function audienceFor(
  context: TurnContext,
  asker: SkillUser,
  deps: AudienceDeps & { readonly roster: ConversationRoster },
): Promise<{ user: SkillUser; audience?: GroupAudience }> {
  const { activity } = context;
  return groupAudience(
    {
      personal: conversationKind(activity) === 'personal',
      botId: activity.recipient?.id,
      from: activity.from,
      locale: activity.locale,
      members: () => deps.roster.membersOf(context),
    },
    asker,
    deps,
  );
}
