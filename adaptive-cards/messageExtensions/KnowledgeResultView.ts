/** One search result as the message-extension cards show it (untrusted text: renderers make it inert). */
export interface KnowledgeResultView {
  readonly title: string;
  /** Section heading path; empty when the passage has none. */
  readonly section: string;
  readonly snippet: string;
  /** Link that opens the document; dropped unless it is an absolute http(s) URL. */
  readonly url: string;
  /** Brand key (`aurex`, `velora`, …); `group` or empty shows no brand. */
  readonly brand?: string;
}
