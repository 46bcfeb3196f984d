import { toLanguage } from '../knowledge/language/languages';
import type { AnswerView, SourceView } from './AnswerView';
import type { AnswerCardModel } from './renderAnswerCard';
import { safeHttpUrl } from './safeHttpUrl';
import { safeInlineText, safeText } from './safeText';
import { truncateText } from './truncateText';

/** Upper bounds (in characters) applied before any budget fitting; longer text ends with "…". */
export const ANSWER_LIMITS = {
  question: 400,
  statement: 2000,
  title: 200,
  heading: 200,
  snippet: 400,
  brand: 40,
  footnote: 300,
  label: 60,
} as const;

/**
 * Sanitises an answer model: every string through `safeText` and its {@link ANSWER_LIMITS} cap, URLs
 * through `safeHttpUrl`. Citations with a non-positive-integer or repeated `n` are dropped (first wins);
 * statement citation lists keep only numbers of kept citations, deduplicated, in order; statements with
 * neither text nor citations are dropped.
 */
export function toAnswerView(model: AnswerCardModel): AnswerView {
  const sources: SourceView[] = [];
  const seen = new Set<number>();
  for (const c of model.citations ?? []) {
    if (!Number.isSafeInteger(c.n) || c.n <= 0 || seen.has(c.n)) continue;
    seen.add(c.n);
    const url = safeHttpUrl(c.url);
    // A withheld source is cited by title and link only, whatever the caller passed as heading or snippet.
    const withheld = c.withheld === true;
    sources.push({
      n: c.n,
      title: clip(c.title, ANSWER_LIMITS.title),
      // Shown only after the title on the source's line (`renderAnswerView`), never at the start of a line.
      heading: withheld ? '' : clip(c.heading, ANSWER_LIMITS.heading, safeInlineText),
      snippet: withheld ? '' : clip(c.snippet, ANSWER_LIMITS.snippet),
      brand: clip(c.brand ?? '', ANSWER_LIMITS.brand),
      ...(url === undefined ? {} : { url }),
      ...(quotedIn(c.language, model.locale) && !withheld
        ? { quotedIn: quotedIn(c.language, model.locale) }
        : {}),
      ...(withheld ? { withheld: { label: clip(c.sensitivityLabel, ANSWER_LIMITS.label) } } : {}),
    });
  }
  const statements = (model.statements ?? [])
    .map((s) => ({
      text: clip(s.text, ANSWER_LIMITS.statement),
      citations: [...new Set(s.citations ?? [])].filter((n) => seen.has(n)),
    }))
    .filter((s) => s.text !== '' || s.citations.length > 0);
  return {
    question: clip(model.question, ANSWER_LIMITS.question),
    statements,
    sources,
    aiGenerated: model.aiGenerated === true,
    footnote: clip(model.footnote ?? '', ANSWER_LIMITS.footnote),
    shortened: false,
    sensitivityLabel: clip(model.sensitivityLabel, ANSWER_LIMITS.label),
    quoteMaxLabel: sources.some((s) => s.withheld) ? clip(model.quoteMaxLabel, ANSWER_LIMITS.label) : '',
    ...(model.locale ? { locale: model.locale } : {}),
  };
}

/** A document's language when it differs from the user's (English when no locale), else undefined. */
function quotedIn(language: string | undefined, locale: string | undefined): string | undefined {
  const document = toLanguage(language);
  return document !== undefined && document !== (toLanguage(locale) ?? 'en') ? document : undefined;
}

function clip(text: string | undefined, max: number, inert: (text: string) => string = safeText): string {
  return truncateText(inert(text ?? ''), max);
}
