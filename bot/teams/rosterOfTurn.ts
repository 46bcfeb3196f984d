import type { BotAdapter, TurnContext } from 'botbuilder';
import type { ConversationRoster } from './ConversationRoster';
import { connectorRosterMembers } from './connectorRosterMembers';

const ROSTER_KEY = Symbol('conversationRoster');

/** Uncached connector reads: used when no roster was installed on the adapter (e.g. a bare test adapter). */
const uncached: ConversationRoster = { membersOf: connectorRosterMembers, forget: () => undefined };

/** Makes `roster` available to every turn the adapter runs (messages, invokes, card actions alike). */
export function installRoster(adapter: BotAdapter, roster: ConversationRoster): void {
  adapter.use(async (context, next) => {
    context.turnState.set(ROSTER_KEY, roster);
    await next();
  });
}

/** The roster installed for this turn, else one that reads the connector on every call. */
export function rosterOfTurn(context: TurnContext): ConversationRoster {
  const installed: unknown = context.turnState.get(ROSTER_KEY);
  return isRoster(installed) ? installed : uncached;
}

function isRoster(value: unknown): value is ConversationRoster {
  return typeof value === 'object' && value !== null && 'membersOf' in value && 'forget' in value;
}
