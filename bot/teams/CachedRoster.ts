import type { TurnContext } from 'botbuilder';
import { RosterCache, type RosterCacheOptions, type RosterPlace } from '../../host/roster/RosterCache';
import type { ConversationRoster, RosterMember } from './ConversationRoster';
import { connectorRosterMembers } from './connectorRosterMembers';
import { teamIdOf } from './conversationKind';

export interface CachedRosterOptions extends RosterCacheOptions {
  /** Reads the roster; default: the Bot Framework connector (`connectorRosterMembers`). */
  readonly read?: (context: TurnContext) => Promise<readonly RosterMember[]>;
}

/** A `ConversationRoster` over the connector's roster, reused as `RosterCache` says. */
export class CachedRoster implements ConversationRoster {
  private readonly cache: RosterCache;
  private readonly read: (context: TurnContext) => Promise<readonly RosterMember[]>;

  constructor(options: CachedRosterOptions = {}) {
    this.cache = new RosterCache(options);
    this.read = options.read ?? connectorRosterMembers;
  }

  membersOf(context: TurnContext): Promise<readonly RosterMember[]> {
    return this.cache.membersOf(placeOf(context), () => this.read(context));
  }

  forget(context: TurnContext): void {
    this.cache.forget(placeOf(context));
  }
}

function placeOf(context: TurnContext): RosterPlace {
  return { conversationId: context.activity.conversation?.id ?? '', teamId: teamIdOf(context.activity) };
}
