import type { AdaptiveCard } from '../../../adaptive-cards';

/** A card with its plain-text form. */
export interface DeliveredCard {
  readonly card: AdaptiveCard;
  readonly text: string;
}

/**
 * What a surface delivers besides a skill's result card when a report approval starts or ends (Teams: see
 * `bot/teams/deliverApproval`):
 * - `requested`: the result card is the author's ("Waiting for approval from ..."): record where it was posted
 *   (`ApprovalStore.placeCard(reportId, 'author', ...)`), send `approverCard` to `approverId` in a 1:1 chat
 *   (proactive message) and record where it went (`'approver'`);
 * - `decided`: the result card is the approver's (it replaces the card they clicked); replace the author's
 *   recorded card with `authorCard`, and the approver's recorded card with the result card when that is not
 *   the card clicked.
 * A surface that cannot deliver (the Copilot plugin) shows the result card only; the approver can still open
 * the request with `export_report { reportId }`.
 */
export type ApprovalDelivery =
  | {
      readonly kind: 'requested';
      readonly reportId: string;
      readonly approverId: string;
      readonly approverCard: DeliveredCard;
    }
  | { readonly kind: 'decided'; readonly reportId: string; readonly authorCard: DeliveredCard };
