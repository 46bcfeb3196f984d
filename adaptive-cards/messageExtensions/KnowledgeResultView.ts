/** One search result as the message-extension cards show it (untrusted text: renderers make it inert). */
export interface KnowledgeResultView {
  readonly title: string;
  /** Section heading path; empty when the passage has none. */
  readonly section: string;
  readonly snippet: string;
  /** Link that opens the document; dropped unless it is an absolute http(s) URL. */
  readonly url: string;
  /** Brand id of the document; `group` (every brand) or empty shows no brand. */
  readonly brand?: string;
  /** Display name of `brand` from the organisation profile; default the id with a capital first letter. */
  readonly brandName?: string;
  /**
   * Not every member of the conversation may read the document: the inserted card holds only the title, a note
   * and the link; the list entry (seen by the searcher alone) warns.
   */
  readonly restricted?: boolean;
  /** The user's locale: fixed texts (button, untitled) come from its catalog (English by default). */
  readonly locale?: string;
}
