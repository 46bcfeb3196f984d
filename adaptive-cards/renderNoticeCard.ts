import { CARD_SCHEMA, type AdaptiveCard } from './AdaptiveCard';
import { safeText } from './safeText';
import { truncateText } from './truncateText';

/** A short status card (e.g. "Discarded", "Which ticket number?"): a bold title and one line of text, both made inert. */
export function renderNoticeCard(model: { title: string; message: string }): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    version: '1.5',
    $schema: CARD_SCHEMA,
    body: [
      { type: 'TextBlock', text: truncateText(safeText(model.title), 200), weight: 'Bolder', wrap: true },
      { type: 'TextBlock', text: truncateText(safeText(model.message), 1000), wrap: true, spacing: 'Small' },
    ],
  };
}
