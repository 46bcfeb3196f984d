/** One source as shown on the answer card; every string is already `safeText`-ed. */
export interface SourceView {
  /** Citation number, a positive integer unique within the card. */
  n: number;
  title: string;
  heading: string;
  snippet: string;
  brand: string;
  /** Present only for http(s) URLs accepted by `safeHttpUrl`. */
  url?: string;
  /** Language of the cited document (a supported code), when it is not the user's: the line says so. */
  quotedIn?: string;
  /** Cited by title and link only (no heading, no snippet); the line says it was not quoted, naming `label`. */
  withheld?: { label: string };
}

/**
 * The sanitised, size-adjustable form of an answer card: what `fitToBudget` shrinks and
 * `renderAnswerView` draws. Every string is already `safeText`-ed.
 */
export interface AnswerView {
  question: string;
  statements: { text: string; citations: number[] }[];
  sources: SourceView[];
  aiGenerated: boolean;
  footnote: string;
  /** True once trailing statements were dropped; the card then says so. */
  shortened: boolean;
  /** Last-resort budget step: sources shown as one line of citation numbers of at most this many chars. */
  compactSourcesMaxChars?: number;
  /** The user's locale: the card's fixed texts come from its catalog (English by default). */
  locale?: string;
  /** The answer's sensitivity label (display name), or ''. */
  sensitivityLabel: string;
  /** The `groupQuoteMaxLabel` name when sources were withheld, or ''. */
  quoteMaxLabel: string;
}
