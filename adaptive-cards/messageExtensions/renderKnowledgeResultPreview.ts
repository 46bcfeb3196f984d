import { truncateText } from '../truncateText';
import { messagesFor } from '../messages/messagesFor';
import { knowledgeResultText, RESULT_LIMITS } from './knowledgeResultText';
import type { KnowledgeResultView } from './KnowledgeResultView';

/** Content of a thumbnail card (`application/vnd.microsoft.card.thumbnail`), as Teams lists search results. */
export interface ThumbnailCardContent {
  title: string;
  subtitle?: string;
  text?: string;
  /** Selecting the item sends `composeExtension/selectItem` with `value` as the activity's value. */
  tap?: { type: 'invoke'; value: Record<string, string> };
}

/**
 * The list entry of a search result: title, brand/section subtitle and a snippet of at most 200 characters,
 * all inert; `tapValue`, when given, becomes the invoke value Teams sends back when the user picks the item. A
 * `restricted` result's subtitle is the warning that only its title and link will be inserted.
 */
export function renderKnowledgeResultPreview(
  view: KnowledgeResultView,
  tapValue?: Record<string, string>,
): ThumbnailCardContent {
  const text = knowledgeResultText(view);
  const snippet = truncateText(text.snippet, RESULT_LIMITS.previewText);
  return {
    title: text.title,
    ...(view.restricted
      ? { subtitle: messagesFor(view.locale).result.restrictedWarning }
      : text.subtitle
        ? { subtitle: text.subtitle }
        : {}),
    ...(snippet ? { text: snippet } : {}),
    ...(tapValue ? { tap: { type: 'invoke', value: tapValue } } : {}),
  };
}
