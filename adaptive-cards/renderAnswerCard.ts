import type { AdaptiveCard } from './AdaptiveCard';
import { fitToBudget } from './cardBudget';
import { renderAnswerView } from './renderAnswerView';
import { toAnswerView } from './toAnswerView';
import { withPrivateAnswerOffer, type PrivateAnswerOffer } from './withPrivateAnswerOffer';

export interface CitationView {
  n: number;
  title: string;
  url: string;
  heading: string;
  snippet: string;
  brand?: string;
  /** Language of the cited document (BCP 47); the source says "quoted in <language>" when it isn't the user's. */
  language?: string;
  /** Display name of the document's sensitivity label (Teams shows it in the citation pop-up). */
  sensitivityLabel?: string;
  /**
   * True when the document is cited by title and link only (a group conversation and a label above the
   * profile's `groupQuoteMaxLabel`): the card shows neither heading nor snippet, and says it was not quoted.
   */
  withheld?: boolean;
}

export interface AnswerCardModel {
  question: string;
  /** Answer statements in order; each cites citation numbers from `citations`. */
  statements: { text: string; citations: number[] }[];
  citations: CitationView[];
  /** Shown as a small "AI-generated" label line when true (Teams' label for AI content). */
  aiGenerated: boolean;
  /** Optional line such as "Answered from 3 documents you can access". */
  footnote?: string;
  /**
   * Set in a group conversation when the asker could read sources the group may not: the card then says
   * some sources were left out and offers the answer privately (see `withPrivateAnswerOffer`).
   */
  privateAnswer?: PrivateAnswerOffer;
  /** The note above the private-answer button; default the "sources were left out" note; '' for none. */
  privateAnswerNote?: string;
  /** The user's locale (Teams `locale`, Accept-Language): the card's fixed texts come from its catalog. */
  locale?: string;
  /** Display name of the most restrictive sensitivity label of the cited documents; shown at the top. */
  sensitivityLabel?: string;
  /** Display name of `groupQuoteMaxLabel`, set when some sources are `withheld`: the card says why. */
  quoteMaxLabel?: string;
}

/**
 * Renders a grounded answer: the question (subtle), one TextBlock per statement ending with its citation
 * markers, a "Sources" list (`[n] Title — heading`, the title linked only for http(s) URLs) with
 * collapsible snippets, the optional footnote and the AI-generated label. All model text is passed
 * through `safeText` (inert markdown, no template expressions) and URLs through `safeHttpUrl`.
 * The card always fits `MAX_CARD_BYTES` (see `fitToBudget`); never throws for any model of this shape.
 */
export function renderAnswerCard(model: AnswerCardModel): AdaptiveCard {
  const offer = model.privateAnswer;
  if (!offer) return fitToBudget(toAnswerView(model));
  return fitToBudget(toAnswerView(model), (view) =>
    withPrivateAnswerOffer(renderAnswerView(view), offer, model.locale, model.privateAnswerNote),
  );
}
