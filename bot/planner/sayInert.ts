import type { TurnContext } from 'botbuilder';
import type { PredictedSayCommand } from '@microsoft/teams-ai';
import { linkSyntaxCount, safeText } from '../../adaptive-cards';
import type { SecurityEvents } from '../../skills/security/SecurityEvents';

/**
 * The planner's SAY action: the model's own text, sent as one message with Teams' AI-generated label, made
 * inert line by line (`safeText`: no markdown link, image, HTML, template expression or linkable URL
 * survives), so a model that obeys instructions planted in a document cannot put a phishing link or a
 * tracking image in front of the user. When the text held any link syntax, one `link_stripped` security event
 * (surface `planner`, reason `model_output`) is recorded, correlated by the activity id. Empty text sends nothing.
 */
export function sayInert(events: SecurityEvents) {
  return async (context: TurnContext, _state: unknown, data: PredictedSayCommand): Promise<string> => {
    const content = data.response?.content;
    if (typeof content !== 'string' || !content.trim()) return '';
    const links = linkSyntaxCount(content);
    if (links > 0)
      events.record({
        type: 'link_stripped',
        correlationId: context.activity.id ?? 'none',
        surface: 'planner',
        reason: 'model_output',
        detail: { links },
      });
    const text = content
      .split('\n')
      .map(safeText)
      .filter((line) => line.length > 0)
      .join('\n');
    await context.sendActivity({
      type: 'message',
      text,
      entities: [
        {
          type: 'https://schema.org/Message',
          '@type': 'Message',
          '@context': 'https://schema.org',
          '@id': '',
          additionalType: ['AIGeneratedContent'],
        },
      ],
    });
    return '';
  };
}
