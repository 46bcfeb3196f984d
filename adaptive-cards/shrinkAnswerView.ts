import type { AnswerView } from './AnswerView';
import { truncateText } from './truncateText';

/**
 * Pure shrinking steps used by `fitToBudget`, each taking a view and an integer knob and returning a new
 * view (the input is never mutated). Smaller knob values never produce a bigger card.
 */
export const shrinkAnswerView = {
  /** Truncates every statement text and snippet longer than `maxChars` (so the longest go first). */
  capTexts(view: AnswerView, maxChars: number): AnswerView {
    return {
      ...view,
      statements: view.statements.map((s) => ({ ...s, text: truncateText(s.text, maxChars) })),
      sources: view.sources.map((s) => ({ ...s, snippet: truncateText(s.snippet, maxChars) })),
    };
  },
  /** Keeps the snippets of the first `count` sources only. */
  keepSnippets(view: AnswerView, count: number): AnswerView {
    return { ...view, sources: view.sources.map((s, i) => (i < count ? s : { ...s, snippet: '' })) };
  },
  /** Keeps the first `count` statements; marks the view shortened when any was dropped. */
  keepStatements(view: AnswerView, count: number): AnswerView {
    const shortened = view.shortened || count < view.statements.length;
    return { ...view, statements: view.statements.slice(0, count), shortened };
  },
  /** Truncates source titles, headings and brands to `maxChars`. */
  capLabels(view: AnswerView, maxChars: number): AnswerView {
    const cap = (text: string): string => truncateText(text, maxChars);
    return {
      ...view,
      sources: view.sources.map((s) => ({
        ...s,
        title: cap(s.title),
        heading: cap(s.heading),
        brand: cap(s.brand),
      })),
    };
  },
  /** Keeps the links of the first `count` sources only. */
  keepLinks(view: AnswerView, count: number): AnswerView {
    return { ...view, sources: view.sources.map((s, i) => (i < count ? s : { ...s, url: undefined })) };
  },
  /** Shows the sources as one line of citation numbers, at most `maxChars` long. */
  compactSources(view: AnswerView, maxChars: number): AnswerView {
    return { ...view, compactSourcesMaxChars: maxChars };
  },
};

/** Length of the longest statement text or snippet. */
export function longestText(view: AnswerView): number {
  const lengths = [
    ...view.statements.map((s) => s.text.length),
    ...view.sources.map((s) => s.snippet.length),
  ];
  return Math.max(0, ...lengths);
}

/** Length of the longest source title, heading or brand. */
export function longestLabel(view: AnswerView): number {
  return Math.max(0, ...view.sources.flatMap((s) => [s.title.length, s.heading.length, s.brand.length]));
}
