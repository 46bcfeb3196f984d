import { messagesFor } from '../messages/messagesFor';
import { CARD_SCHEMA, type AdaptiveCard } from '../AdaptiveCard';
import { safeHttpUrl } from '../safeHttpUrl';
import { knowledgeResultText } from './knowledgeResultText';
import type { KnowledgeResultView } from './KnowledgeResultView';

/**
 * The card a search result inserts into a message (version 1.5): the document title, a subtle line with brand and
 * section, the passage snippet (at most 400 characters), and an "Open document" button when `url` is an
 * absolute http(s) URL (otherwise no link at all). Every text is inert (`safeText`); nothing is a markdown link.
 * A `restricted` result (not every member of the conversation may read the document, or its sensitivity label
 * keeps it from being quoted there) carries only the title,
 * a note saying so and the button: nothing else of the document.
 */
export function renderKnowledgeResultCard(view: KnowledgeResultView): AdaptiveCard {
  const text = knowledgeResultText(view);
  const url = safeHttpUrl(view.url);
  const actions = url
    ? { actions: [{ type: 'Action.OpenUrl', title: messagesFor(view.locale).result.openDocument, url }] }
    : {};
  const card = (...body: unknown[]): AdaptiveCard => ({
    type: 'AdaptiveCard',
    $schema: CARD_SCHEMA,
    version: '1.5',
    body: [{ type: 'TextBlock', text: text.title, weight: 'Bolder', size: 'Medium', wrap: true }, ...body],
    ...actions,
  });
  const subtle = { isSubtle: true, size: 'Small' };
  if (view.restricted)
    return card({
      type: 'TextBlock',
      text: messagesFor(view.locale).result.restrictedNote,
      ...subtle,
      wrap: true,
    });
  return card(
    ...(text.subtitle
      ? [{ type: 'TextBlock', text: text.subtitle, ...subtle, spacing: 'None', wrap: true }]
      : []),
    ...(text.snippet ? [{ type: 'TextBlock', text: text.snippet, wrap: true, maxLines: 6 }] : []),
  );
}
