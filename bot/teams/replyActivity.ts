import { CardFactory, type Activity, type Entity } from 'botbuilder';
import { safeHttpUrl, safeText, type AdaptiveCard, type CitationView } from '../../adaptive-cards';
import { formatMessage } from '../../adaptive-cards/messages/formatMessage';
import { messagesFor } from '../../adaptive-cards/messages/messagesFor';
import type { SkillResult } from '../../skills/SkillDescriptor';

/** Teams shows at most this many characters of a citation's abstract. */
const ABSTRACT_MAX = 160;

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

/**
 * Teams' root message entity: the AI-generated label, the citations and, when the cited documents carry one,
 * the message's sensitivity label (`usageInfo`, a `CreativeWork` with the label's name and description; each
 * citation's own label goes in its `appearance.usageInfo`), as documented for bot messages with AI-generated
 * content.
 */
function aiMessageEntity(citations: readonly CitationView[], label: SkillResult['sensitivityLabel']): Entity {
  return {
    ...messageEntity(),
    additionalType: ['AIGeneratedContent'],
    ...(label ? { usageInfo: usageInfo(label.name, label.description) } : {}),
    citation: citations.map((citation) => ({
      '@type': 'Claim',
      position: citation.n,
      appearance: {
        '@type': 'DigitalDocument',
        // Document text, made inert as on the card: Teams shows the name and abstract in the citation pop-up.
        name: truncate(safeText(citation.title), 80),
        ...(safeHttpUrl(citation.url) ? { url: safeHttpUrl(citation.url) } : {}),
        abstract: truncate(safeText(citation.snippet), ABSTRACT_MAX),
        ...(citation.sensitivityLabel ? { usageInfo: usageInfo(citation.sensitivityLabel) } : {}),
      },
    })),
  };
}

/** Teams' root message entity (one per message), before the AI label, citations or sensitivity label. */
function messageEntity(): Entity {
  return {
    type: 'https://schema.org/Message',
    '@type': 'Message',
    '@context': 'https://schema.org',
    '@id': '',
  };
}

/** A sensitivity label as Teams reads it (`SensitivityUsageInfo`): a `CreativeWork` with a name. */
function usageInfo(name: string, description?: string): Record<string, string> {
  return {
    '@type': 'CreativeWork',
    name: truncate(safeText(name), 60),
    ...(description ? { description: truncate(safeText(description), 160) } : {}),
  };
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
