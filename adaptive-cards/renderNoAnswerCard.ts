import type { AdaptiveCard } from './AdaptiveCard';
import { expandTemplate } from './expandTemplate';
import { messagesFor } from './messages/messagesFor';
import { safeText } from './safeText';
import noAnswerTemplate from './templates/noAnswer.json';
import { truncateText } from './truncateText';

export interface NoAnswerCardModel {
  question: string;
  /** Why nothing was found, e.g. "No passage matched the question." (shown subtle). */
  reason: string;
  /** Rephrasing ideas, shown as plain bullet lines (no buttons); at most 5 are shown. */
  suggestions: string[];
  /** The user's locale: the card's fixed texts come from its catalog (English by default). */
  locale?: string;
  /**
   * In a group conversation the search covered what everyone there may read: the title says "the documents
   * everyone here can access" instead of "the documents you can access".
   */
  everyoneHere?: boolean;
}

const MAX_SUGGESTIONS = 5;

/**
 * Renders the "nothing relevant found" reply: the question, a fixed statement that nothing relevant was
 * found in the documents the user can access (no answer text is ever produced), the reason and up to
 * five suggestion lines. All text goes through `safeText` and is capped (question 400, reason 500,
 * suggestions 200 chars), so the card stays far below the size budget.
 */
export function renderNoAnswerCard(model: NoAnswerCardModel): AdaptiveCard {
  const suggestions = (model.suggestions ?? [])
    .map((s) => truncateText(safeText(s), 200))
    .filter((s) => s !== '')
    .slice(0, MAX_SUGGESTIONS)
    .map((s) => ({ text: `• ${s}` }));
  const labels = messagesFor(model.locale).noAnswer;
  return expandTemplate(noAnswerTemplate, {
    labels: model.everyoneHere ? { ...labels, title: labels.titleEveryoneHere } : labels,
    question: truncateText(safeText(model.question ?? ''), 400),
    reason: truncateText(safeText(model.reason ?? ''), 500),
    suggestions,
  });
}
