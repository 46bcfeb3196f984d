import { en } from '../messages/en';
import { messagesFor } from '../messages/messagesFor';
import { safeText } from '../safeText';
import { truncateText } from '../truncateText';
import type { KnowledgeResultView } from './KnowledgeResultView';

/**
 * The note on an inserted card whose document is shown by title and link only: not every member of the
 * conversation may read it, or its sensitivity label is above the profile's `groupQuoteMaxLabel` (English; see
 * the catalog, `result.restrictedNote`).
 */
export const RESTRICTED_RESULT_NOTE = en.result.restrictedNote;
/** The warning on such a result in the search list, seen by the searcher alone (English; `result.restrictedWarning`). */
export const RESTRICTED_PREVIEW_WARNING = en.result.restrictedWarning;

/** Character limits of a result's texts on cards. */
export const RESULT_LIMITS = { title: 150, section: 150, snippet: 400, previewText: 200 } as const;

/**
 * The display texts of a result, inert (`safeText`) and shortened: the title (`Untitled document` when empty),
 * a subtitle joining the brand name (when brand-specific: `brandName`, else the id capitalised) and the section with ` · `, and the snippet (without
 * markdown heading markers at line starts).
 */
export function knowledgeResultText(view: KnowledgeResultView): {
  title: string;
  subtitle: string;
  snippet: string;
} {
  const id = view.brand ?? '';
  const brand =
    id === '' || id === 'group' ? '' : (view.brandName ?? id.charAt(0).toUpperCase() + id.slice(1));
  const section = truncateText(view.section.replace(/\s+/g, ' ').trim(), RESULT_LIMITS.section);
  return {
    title:
      truncateText(safeText(view.title), RESULT_LIMITS.title) || messagesFor(view.locale).result.untitled,
    // One line made inert as a whole: a section's `5.` is list syntax only when it starts the line.
    // Bounded like the section: a brand name comes from the profile or the document's metadata.
    subtitle: truncateText(safeText([brand, section].filter(Boolean).join(' · ')), 2 * RESULT_LIMITS.section),
    // Heading markers of the source's markdown (`## Pass criterion`) are structure, not text.
    snippet: truncateText(safeText(view.snippet.replace(/^ {0,3}#{1,6}[ \t]+/gm, '')), RESULT_LIMITS.snippet),
  };
}
