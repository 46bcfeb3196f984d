import {
  CardFactory,
  type MessagingExtensionAttachment,
  type MessagingExtensionResult,
  type TurnContext,
} from 'botbuilder';
import {
  renderKnowledgeResultCard,
  renderKnowledgeResultPreview,
  type KnowledgeResultView,
} from '../../../adaptive-cards/messageExtensions';
import type { KnowledgeSearchResult } from '../../../skills/knowledge/searchKnowledgeResults';
import type { Services } from '../../../host/compose';
import * as search from '../../../host/messageExtensions/searchKnowledge';
import { messageExtensionContext } from './messageExtensionContext';

export { SEARCH_COMMAND } from '../../../host/messageExtensions/searchKnowledge';

/** `composeExtension/query` (see the host's `searchKnowledge`): each result an Adaptive Card with a thumbnail preview. */
export function searchKnowledge(
  context: TurnContext,
  query: { parameters?: unknown; skip?: unknown },
  services: Services,
): Promise<MessagingExtensionResult> {
  return answerWith(search.searchKnowledge, context, query, services);
}

/** `composeExtension/selectItem` (see the host's `selectKnowledgeItem`). */
export function selectKnowledgeItem(
  context: TurnContext,
  item: unknown,
  services: Services,
): Promise<MessagingExtensionResult> {
  return answerWith(search.selectKnowledgeItem, context, item, services);
}

/** Runs the host's `step` for this turn's invoke `input` (the caller resolved lazily, the user's locale). */
async function answerWith<T>(
  step: search.SearchStep<T>,
  context: TurnContext,
  input: T,
  services: Services,
): Promise<MessagingExtensionResult> {
  return toResult(
    await step(() => messageExtensionContext(context, services), input, services, context.activity.locale),
  );
}

/** A `message` result for a search naming a command this app does not have (never an error status). */
export function unknownSearchCommand(locale?: string): MessagingExtensionResult {
  return toResult(search.unknownSearchCommand(locale));
}

function toResult(outcome: search.SearchOutcome): MessagingExtensionResult {
  if (outcome.kind === 'message') return { type: 'message', text: outcome.text };
  return { type: 'result', attachmentLayout: 'list', attachments: outcome.results.map(attachment) };
}

function attachment(result: KnowledgeSearchResult): MessagingExtensionAttachment {
  const view: KnowledgeResultView = { ...result, restricted: result.restricted === true };
  return {
    ...CardFactory.adaptiveCard(renderKnowledgeResultCard(view)),
    preview: {
      contentType: CardFactory.contentTypes.thumbnailCard,
      content: renderKnowledgeResultPreview(view),
    },
  };
}
