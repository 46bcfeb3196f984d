import type { TurnContext } from 'botbuilder';
import { renderNoticeCard } from '../../adaptive-cards';
import { messagesFor } from '../../adaptive-cards/messages/messagesFor';
import type { CardPlace } from '../../skills/reports/approval/ApprovalStore';
import type { SkillContext, SkillResult } from '../../skills/SkillDescriptor';
import type { Services } from '../../host/compose';
import { cardActivity } from './replyActivity';
import { sendPrivately, tenantOf } from './sendPrivately';
import { updateCard } from './updateCard';
import { auditActor } from '../../skills/audit/auditActor';

/** The English notice (the catalog's `replies.reports.approverNotReached`). */
export const APPROVER_NOT_REACHED = messagesFor('en').replies.reports.approverNotReached;

/**
 * Delivers what a report approval needs besides the result card (`SkillResult.approval`), after that card was
 * sent: `cardId` is the id of the message holding it (the reply's id, or for a card action the id of the
 * message whose card the invoke response replaced; undefined when the channel gave none).
 * - `requested`: records the author's card, sends the approver's card to the approver's 1:1 chat (proactive,
 *   `sendPrivately`) and records it. When the approver can't be reached the author is told in this
 *   conversation, in the turn's language, and the audit gets `approval_not_delivered`.
 * - `decided`: replaces the author's recorded card (`updateCard`), or sends it to the author's 1:1 chat when no
 *   card was recorded; replaces the approver's recorded card unless it is the one just clicked.
 * Never throws: a delivery failure is logged (the decision itself is already stored and audited).
 */
export async function deliverApproval(
  context: TurnContext,
  services: Services,
  result: SkillResult,
  skill: SkillContext,
  cardId: string | undefined,
): Promise<void> {
  const approval = result.approval;
  if (!approval) return;
  const botAppId = services.config.auth?.appId ?? '';
  try {
    if (approval.kind === 'requested') {
      if (cardId) await services.approvals.placeCard(approval.reportId, 'author', placeOf(context, cardId));
      try {
        const place = await sendPrivately(context, cardActivity(approval.approverCard.card), botAppId, {
          id: approval.approverId,
        });
        await services.approvals.placeCard(approval.reportId, 'approver', place);
      } catch (error) {
        services.log.warn('approval request not delivered', { error: String(error) });
        await services.audit.append({
          actor: auditActor(skill),
          skill: 'export_report',
          action: 'approval_not_delivered',
          parameters: {},
          sourceIds: [],
          planner: skill.planner ?? 'rules',
          outcome: 'failed',
          detail: approval.reportId,
        });
        const m = messagesFor(context.activity.locale).replies.reports;
        await context.sendActivity(
          cardActivity(renderNoticeCard({ title: m.approverNotReachedTitle, message: m.approverNotReached })),
        );
      }
      return;
    }
    const record = await services.approvals.get(approval.reportId);
    if (!record) return;
    const authorActivity = cardActivity(approval.authorCard.card);
    if (record.cards.author) await updateCard(context.adapter, record.cards.author, authorActivity, botAppId);
    else await sendPrivately(context, authorActivity, botAppId, { id: record.authorId });
    const approverCard = record.cards.approver;
    if (approverCard && approverCard.activityId !== context.activity.replyToId)
      await updateCard(context.adapter, approverCard, cardActivity(result.card), botAppId);
  } catch (error) {
    services.log.warn('approval cards not updated', { error: String(error) });
  }
}

/** Where the card of this turn's conversation with id `activityId` is. */
function placeOf(context: TurnContext, activityId: string): CardPlace {
  const { serviceUrl, channelId, conversation, channelData } = context.activity;
  const tenantId = conversation?.tenantId ?? tenantOf(channelData);
  return {
    serviceUrl: serviceUrl ?? '',
    channelId: channelId ?? 'msteams',
    conversationId: conversation?.id ?? '',
    activityId,
    ...(tenantId ? { tenantId } : {}),
  };
}
