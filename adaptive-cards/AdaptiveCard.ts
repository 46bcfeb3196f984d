/** Schema URL stamped on every card. */
export const CARD_SCHEMA = 'http://adaptivecards.io/schemas/adaptive-card.json';

/**
 * A rendered Adaptive Card, ready to be sent as an `application/vnd.microsoft.card.adaptive` attachment.
 * Always version 1.5: the highest version Teams renders.
 */
export interface AdaptiveCard {
  type: 'AdaptiveCard';
  version: '1.5';
  $schema: string;
  body: unknown[];
  actions?: unknown[];
  /** Teams-specific host options; `width: 'Full'` lets the card use the whole message column. */
  msteams?: { width?: 'Full' };
}
