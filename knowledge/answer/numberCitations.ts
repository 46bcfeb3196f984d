import { PassageMemo } from './PassageMemo';
import type { Passage } from '../index/Passage';
import type { AnswerCitation, AnswerStatement } from './composeExtractiveAnswer';
import type { Candidate } from './rankCandidates';
import { DocumentNumbering } from './DocumentNumbering';
import { truncateAtWord } from './truncateAtWord';

/** Upper bound on a statement's length, ellipsis included. */
export const STATEMENT_MAX_CHARS = 600;
/** Upper bound on a citation snippet's length, ellipsis included. */
export const SNIPPET_MAX_CHARS = 300;

/**
 * The text a candidate is stated with: a table row with as many cells as its header reads `Header: cell; …`
 * (every row keeps its header); any other unit as it stands.
 */
export function statementText(candidate: Pick<Candidate, 'text' | 'header'>): string {
  if (candidate.header === undefined) return candidate.text;
  const names = candidate.header.split(' | ');
  const cells = candidate.text.split(' | ');
  if (names.length !== cells.length) return `${candidate.header}: ${candidate.text}`;
  return cells
    .map((cell, i) => `${names[i]?.trim()}: ${cell.trim()}`)
    .filter((pair) => !/:\s*$/u.test(pair))
    .join('; ');
}

/**
 * Turns chosen sentences (in reading order) into statements and numbered citations (`DocumentNumbering`:
 * documents by first appearance, a citation describing the first chunk cited). Two or more steps of a procedure are numbered `1. `, `2. `… in order. Statement text is the sentence truncated to `STATEMENT_MAX_CHARS`.
 */
export function numberCitations(
  chosen: readonly Candidate[],
  passages: readonly Passage[],
): { statements: AnswerStatement[]; citations: AnswerCitation[] } {
  const numbering = new DocumentNumbering(answerCitation);
  // Steps of a procedure are numbered in the order they are stated (when there are two or more).
  const steps = chosen.filter((candidate) => candidate.step);
  const stepNumber = new Map(steps.length >= 2 ? steps.map((step, i) => [step, i + 1]) : []);
  const statements = chosen.map((candidate): AnswerStatement => {
    const citation = numbering.cite(passages[candidate.passageIndex] as Passage);
    const number = stepNumber.get(candidate);
    const text = truncateAtWord(statementText(candidate), STATEMENT_MAX_CHARS);
    return { text: number === undefined ? text : `${number}. ${text}`, citations: [citation.n] };
  });
  return { statements, citations: numbering.entries() };
}

/** Citation snippets of recently cited passages (a function of the passage text alone). */
const snippets = new PassageMemo<string>(4096);

/** A document's citation in an answer: the first passage cited from it, with a shortened snippet. */
export function answerCitation(passage: Passage, n: number): AnswerCitation {
  return {
    n,
    docId: passage.docId,
    chunkId: passage.chunkId,
    title: passage.title,
    url: passage.url,
    heading: passage.heading,
    snippet: snippets.get(passage, '', () =>
      truncateAtWord(passage.text.replace(/\s+/gu, ' ').trim(), SNIPPET_MAX_CHARS),
    ),
    brand: passage.brand,
    language: passage.language,
  };
}
