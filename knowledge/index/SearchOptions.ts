import type { Principal } from '../access/Principal';

export interface SearchOptions {
  /** The asking user's principals. Only passages of documents readable by one of them are returned. */
  readonly principals: readonly Principal[];
  /**
   * Brand isolation (a brand's Teams teams and channels): only passages of documents whose `brand` is one of
   * these are returned. Applied inside the index query like `principals`, never by filtering afterwards.
   * Unset: every brand; empty: nothing.
   */
  readonly brands?: readonly string[];
  /** Number of passages to return; default 8, at most 1000. */
  readonly top?: number;
  /** Optional equality filters. */
  readonly filters?: { readonly brand?: string; readonly language?: string };
  /**
   * Language of the question (BCP 47, e.g. the Teams locale or the detected language): the question is analysed
   * in it (stems, compound parts). Unset: detected from the query text.
   */
  readonly queryLanguage?: string;
}
