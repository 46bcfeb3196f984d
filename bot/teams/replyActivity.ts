import { CardFactory, type Activity } from 'botbuilder';
import type { AdaptiveCard } from '../../adaptive-cards';
import { aiMessageEntity, messageEntity, usageInfo } from '../../adaptive-cards/messageEntities';
import { formatMessage } from '../../adaptive-cards/messages/formatMessage';
import { messagesFor } from '../../adaptive-cards/messages/messagesFor';
import type { SkillResult } from '../../skills/SkillDescriptor';

/**
 * The message for a skill result: the Adaptive Card, plus (for AI answers) Teams' AI-generated label and
 * citation entities. Teams renders citation entities only where `[n]` markers appear in the message text,
 * so the text is one short line naming the sources, e.g. "Answer from 2 sources [1] [2]", in the catalog of the
 * user's `locale` (the activity's).
 */
export function replyActivity(result: SkillResult, locale?: string): Partial<Activity> {
  const attachments = [CardFactory.adaptiveCard(result.card)];
  if (!result.aiGenerated) {
    // A result citing labelled documents without AI text (titles and links only) still carries the label.
    const label = result.sensitivityLabel;
    return label
      ? {
          type: 'message',
          attachments,
          entities: [{ ...messageEntity(), usageInfo: usageInfo(label.name, label.description) }],
        }
      : { type: 'message', attachments };
  }
  const markers = result.citations.map((citation) => `[${citation.n}]`).join(' ');
  const count = result.citations.length;
  const m = messagesFor(locale).answer;
  const lead = count === 1 ? m.answerFromOne : formatMessage(m.answerFromMany, { count });
  const text = count > 0 ? `${lead} ${markers}` : '';
  return {
    type: 'message',
    text,
    attachments,
    entities: [aiMessageEntity(result.citations, result.sensitivityLabel)],
    // Teams shows thumbs up/down (with a comment box) under AI answers; see registerFeedback.
    channelData: { feedbackLoopEnabled: true },
  };
}

/** A plain card message (welcome, help, errors): no AI label. */
export function cardActivity(card: AdaptiveCard): Partial<Activity> {
  return { type: 'message', attachments: [CardFactory.adaptiveCard(card)] };
}
