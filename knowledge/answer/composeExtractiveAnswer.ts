import type { Passage } from '../index/Passage';
import {
  noAnswerSuggestions,
  noAnswerTips,
  type NoAnswerReason,
  type NoAnswerTip,
} from './noAnswerSuggestions';
import { numberCitations } from './numberCitations';
import { rankCandidates } from './rankCandidates';
import { selectStatements } from './selectStatements';
import { questionIntent } from './questionIntent';
import { queryTerms } from './terms';
import { detectLanguage } from '../language/detectLanguage';
import { toLanguage } from '../language/languages';
import type { PassageAnalysis } from './passageUnits';
import { assessEvidence } from './assessEvidence';
import { declinesFocus, focusGaps } from './focusGaps';
import { passageVocabulary } from './passageVocabulary';

/** One sentence of the answer, verbatim from a passage, with the numbers of the citations that back it. */
export interface AnswerStatement {
  text: string;
  citations: number[];
}

/** One cited document; `n` is the number shown next to statements (1..k, by first appearance). */
export interface AnswerCitation {
  n: number;
  docId: string;
  chunkId: string;
  title: string;
  url: string;
  heading: string;
  snippet: string;
  brand: string;
  language: string;
}

export type ComposedAnswer =
  | { kind: 'answer'; statements: AnswerStatement[]; citations: AnswerCitation[] }
  | {
      kind: 'noAnswer';
      reason: NoAnswerReason;
      /** The rephrasing tips in English, and by id (for a surface writing them in the user's language). */
      suggestions: string[];
      tips: NoAnswerTip[];
    };

export interface ComposeOptions {
  /** Most statements in an answer; default 4 (8 for procedures). Non-finite or < 1 falls back; capped at 20. */
  maxStatements?: number;
  /**
   * Least weighted share of the whole question (absent terms included) that the best document must cover;
   * default 0.4, clamped to [0, 1].
   */
  minCoverage?: number;
  /** Names that never have to appear in the documents (lower case), e.g. the organisation's own name. */
  ignoreNames?: ReadonlySet<string>;
  /**
   * Words the search added to the question (glossary synonyms, the usual wording of superlatives): they rank
   * statements like the question's own terms when a passage holds them, and are never missed when none does.
   */
  expansions?: readonly string[];
  /**
   * Language of the question when its text doesn't show one (e.g. the Teams `locale`); the language detected in
   * the question wins. Default English.
   */
  language?: string;
  /**
   * The phrases of the question that `expansions` translate or rephrase (glossary forms found in it): their terms
   * are never missed, since the documents may say them with an expansion instead.
   */
  expanded?: readonly string[];
  /**
   * How many readable documents use some words of the question (lower case, as asked; see `wordsToCount`):
   * an English question whose focus the evidence lacks is declined (`declinesFocus`). Words not in the map are
   * unknown and never decline; without it (or empty) the check is off.
   */
  wordFrequency?: ReadonlyMap<string, number>;
}

const DEFAULT_MAX_STATEMENTS = 4;
const MAX_STATEMENTS_CAP = 20;
export const DEFAULT_MIN_COVERAGE = 0.4;
/** Default statement limit for procedure questions, so the steps of a typical how-to fit. */
const PROCEDURE_MAX_STATEMENTS = 8;

function resolveOptions(options: ComposeOptions): { maxStatements: number; minCoverage: number } {
  const max = options.maxStatements;
  const min = options.minCoverage;
  return {
    maxStatements:
      max !== undefined && Number.isFinite(max) && max >= 1
        ? Math.min(MAX_STATEMENTS_CAP, Math.floor(max))
        : DEFAULT_MAX_STATEMENTS,
    minCoverage:
      min !== undefined && Number.isFinite(min) ? Math.min(1, Math.max(0, min)) : DEFAULT_MIN_COVERAGE,
  };
}

/**
 * Answers `question` extractively from `passages` (ranked best-first), without a language model.
 * Contract: every statement is a unit of a passage's text (sentence, list item, or table row paired with its
 * header), verbatim after whitespace collapsing, or a word-boundary prefix of one ending in `…` when longer
 * than 600 characters; no other text is produced (suggestions are fixed sentences that never quote the
 * question). Returns `noAnswer` with `no_passages` for an empty list, and `not_relevant` when the question has
 * no content terms, names something no passage mentions, no document that names what the question names
 * covers `minCoverage` of it (see `assessEvidence`), or (English, with `wordFrequency`) the passages lack what
 * the question asks about (`declinesFocus`). Otherwise states what `selectStatements` chooses. Deterministic; never throws.
 */
export function composeExtractiveAnswer(
  question: string,
  passages: readonly Passage[],
  options: ComposeOptions = {},
): ComposedAnswer {
  // A question in another language than English is answered from the documents in its own language when they
  // answer it; documents in other languages (reached through glossary translations) only when they don't.
  const language = detectLanguage(question) ?? toLanguage(options.language) ?? 'en';
  const own = passages.filter((p) => toLanguage(p.language) === language);
  if (language !== 'en' && own.length > 0 && own.length < passages.length) {
    const answer = composeFrom(question, own, options);
    if (answer.kind === 'answer') return answer;
  }
  return composeFrom(question, passages, options);
}

/** `composeExtractiveAnswer` over one set of passages. */
function composeFrom(
  question: string,
  passages: readonly Passage[],
  options: ComposeOptions,
): ComposedAnswer {
  const { maxStatements, minCoverage } = resolveOptions(options);
  if (passages.length === 0) {
    return noAnswer(question, 'no_passages');
  }
  const language = detectLanguage(question) ?? toLanguage(options.language) ?? 'en';
  const analysis = analysisFor(language, passages);
  const terms = analysis
    ? queryTerms(question, { languages: [language], compounds: 'replace', ...analysis })
    : queryTerms(question);
  const expansions = (options.expansions ?? []).join(' ');
  const extra = (
    analysis
      ? queryTerms(expansions, { languages: [language, ...passages.map((p) => p.language)], ...analysis })
      : queryTerms(expansions)
  ).filter((t) => !terms.includes(t));
  // Across languages, a document holding a glossary translation need not hold the words it translates.
  const replaced = analysis
    ? queryTerms((options.expanded ?? []).join(' '), { languages: [language], ...analysis })
    : [];
  const translated = new Set(replaced.filter((t) => terms.includes(t)));
  const optional = new Set(extra);
  const ranked = rankCandidates(question, [...terms, ...extra], passages, optional, analysis);
  const evidence = assessEvidence(
    question,
    passages,
    ranked,
    options.ignoreNames,
    language,
    analysis ? { bridges: new Set(extra), optional, translated } : undefined,
  );
  const coverage = evidence.documents.find((d) => d.named)?.coverage ?? 0;
  if (
    terms.length === 0 ||
    ranked.candidates.length === 0 ||
    evidence.unmentioned.length > 0 ||
    coverage < minCoverage ||
    (language === 'en' &&
      (options.wordFrequency?.size ?? 0) > 0 &&
      declinesFocus(focusGaps(question, passages, options.expanded), (word) =>
        options.wordFrequency?.get(word),
      ))
  ) {
    return noAnswer(question, 'not_relevant');
  }
  const intent = questionIntent(question);
  const limit =
    intent.procedure && options.maxStatements === undefined ? PROCEDURE_MAX_STATEMENTS : maxStatements;
  const chosen = selectStatements(
    ranked.candidates,
    evidence,
    passages,
    limit,
    ranked.units,
    ranked.terms.weight,
    intent.procedure,
  );
  if (chosen.length === 0) {
    return noAnswer(question, 'not_relevant');
  }
  return { kind: 'answer', ...numberCitations(chosen, passages) };
}

/** The declined answer for `reason`, with the rephrasing tips for `question`. */
function noAnswer(question: string, reason: NoAnswerReason): ComposedAnswer {
  return {
    kind: 'noAnswer',
    reason,
    suggestions: noAnswerSuggestions(question, reason),
    tips: noAnswerTips(question, reason),
  };
}

/**
 * How the passages are read when the question or a passage is not in English: every word gives its stems in
 * its passage's language and the question's, and compounds are split against the passages' own vocabulary.
 * Undefined when everything is English (the English terms, unchanged).
 */
function analysisFor(language: string, passages: readonly Passage[]): PassageAnalysis | undefined {
  if (language === 'en' && passages.every((p) => toLanguage(p.language) === 'en')) return undefined;
  const vocabulary = new Set<string>();
  for (const p of passages) for (const term of passageVocabulary(p, language)) vocabulary.add(term);
  return { questionLanguage: language, known: (term) => vocabulary.has(term) };
}
