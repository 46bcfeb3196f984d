import type { AdaptiveCard } from './AdaptiveCard';
import { en } from './messages/en';
import { messagesFor } from './messages/messagesFor';
import { truncateText } from './truncateText';

/** `Action.Execute` verb of the "Send me the full answer privately" button. */
export const PRIVATE_ANSWER_VERB = 'private_answer';
/** The note shown in a group conversation when the asker could read more than everyone there. */
export const LEFT_OUT_NOTE = en.answer.leftOut;
/** The button's title (English; see the catalog). */
export const PRIVATE_ANSWER_TITLE = en.answer.sendPrivately;

/** What the button sends back: the question as asked (and its brand filter), never any answer text. */
export interface PrivateAnswerOffer {
  readonly question: string;
  readonly brand?: string;
}

/** Longest question carried in the button's data (the knowledge skill accepts 500 characters). */
const MAX_QUESTION_CHARS = 500;

/**
 * Appends the "left out" note (or `note`; '' for none) and the **Send me the full answer privately** button (`Action.Execute`, verb
 * `private_answer`, data `{ question, brand? }`) to a card. The bot answers the button in the clicker's 1:1
 * chat, under the clicker's own access, and never in the conversation the card is in. Adds well under 1 KB.
 * Texts in the catalog language of `locale` (English by default).
 */
export function withPrivateAnswerOffer(
  card: AdaptiveCard,
  offer: PrivateAnswerOffer,
  locale?: string,
  note?: string,
): AdaptiveCard {
  const m = messagesFor(locale);
  const text = note ?? m.answer.leftOut;
  return {
    ...card,
    body: [
      ...card.body,
      ...(text === ''
        ? []
        : [{ type: 'TextBlock', text, isSubtle: true, size: 'Small', wrap: true, separator: true }]),
      {
        type: 'ActionSet',
        ...(text === '' ? { separator: true } : {}),
        actions: [
          {
            type: 'Action.Execute',
            title: m.answer.sendPrivately,
            verb: PRIVATE_ANSWER_VERB,
            data: {
              question: truncateText(offer.question, MAX_QUESTION_CHARS),
              ...(offer.brand ? { brand: offer.brand } : {}),
            },
          },
        ],
      },
    ],
  };
}
