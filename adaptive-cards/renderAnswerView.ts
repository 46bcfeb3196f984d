import type { AdaptiveCard } from './AdaptiveCard';
import type { AnswerView, SourceView } from './AnswerView';
import { buildAnswerCard, type AnswerCardData } from './buildAnswerCard';
import { expandTemplate } from './expandTemplate';
import answerTemplate from './templates/answer.json';
import { en } from './messages/en';
import { formatMessage } from './messages/formatMessage';
import type { Messages } from './messages/Messages';
import { messagesFor } from './messages/messagesFor';
import { truncateText } from './truncateText';

/** Line added when trailing statements were dropped to fit the card budget (English; see the catalog). */
export const SHORTENED_NOTE = en.answer.shortened;

/**
 * Draws an already sanitised {@link AnswerView} as `templates/answer.json` does (built directly, see
 * `buildAnswerCard`). Statements end with their citation markers (`… [1] [2]`); each source reads
 * `[n] Title — heading · brand`, the title being a markdown link only when the source has a (pre-validated)
 * URL; snippets are hidden behind one "Show or hide excerpts" toggle. No size control here: see `fitToBudget`.
 */
export function renderAnswerView(view: AnswerView): AdaptiveCard {
  draw ??= agreesWithTemplate() ? buildAnswerCard : (data) => expandTemplate(answerTemplate, data);
  return draw(answerCardData(view));
}

/** How answer cards are drawn: chosen on first use (see `agreesWithTemplate`). */
let draw: ((data: AnswerCardData) => AdaptiveCard) | undefined;

/**
 * The template stays the source of truth: the direct builder is used only when it draws what the shipped
 * template draws for probes that show every element once and none at all (else every card is expanded from
 * the template, slower but as designed). `buildAnswerCard.test.ts` checks the two agree on arbitrary data.
 */
function agreesWithTemplate(): boolean {
  const labels = { sources: 'S', toggleExcerpts: 'T', aiGenerated: 'A' };
  const probes: AnswerCardData[] = [
    {
      labels,
      question: 'q',
      statements: [{ text: 's1' }, { text: 's2' }],
      shortenedNote: 'n',
      sources: [
        { text: 'a', snippet: 'x', snippetId: 'snippet-1' },
        { text: 'b', snippet: '', snippetId: 'snippet-2' },
      ],
      snippetIds: ['snippet-1'],
      footnote: 'f',
      aiGenerated: true,
      sensitivityLine: 'l',
      withheldNote: 'w',
    },
    {
      labels,
      question: '',
      statements: [],
      shortenedNote: '',
      sources: [],
      snippetIds: [],
      footnote: '',
      aiGenerated: false,
      sensitivityLine: '',
      withheldNote: '',
    },
  ];
  return probes.every(
    (probe) =>
      JSON.stringify(buildAnswerCard(probe)) === JSON.stringify(expandTemplate(answerTemplate, probe)),
  );
}

/** The data `templates/answer.json` binds for `view` (what `buildAnswerCard` draws). */
export function answerCardData(view: AnswerView): AnswerCardData {
  const m = messagesFor(view.locale);
  const sources =
    view.compactSourcesMaxChars === undefined
      ? view.sources.map((s) => sourceLine(s, m))
      : [compactLine(view.sources, view.compactSourcesMaxChars)];
  return {
    labels: m.answer,
    question: view.question,
    statements: view.statements.map((s) => ({ text: statementLine(s.text, s.citations) })),
    shortenedNote: view.shortened ? m.answer.shortened : '',
    sources: view.sources.length === 0 ? [] : sources,
    snippetIds: sources.filter((s) => s.snippet !== '').map((s) => s.snippetId),
    footnote: view.footnote,
    aiGenerated: view.aiGenerated,
    sensitivityLine:
      view.sensitivityLabel === ''
        ? ''
        : formatMessage(m.answer.sensitivity, { label: view.sensitivityLabel }),
    withheldNote:
      view.quoteMaxLabel === '' ? '' : formatMessage(m.answer.withheld, { label: view.quoteMaxLabel }),
  };
}

interface SourceLine {
  text: string;
  snippet: string;
  snippetId: string;
}

function statementLine(text: string, citations: number[]): string {
  return [text, ...citations.map((n) => `[${n}]`)].filter((part) => part !== '').join(' ');
}

function sourceLine(s: SourceView, m: Messages): SourceLine {
  const title = s.title === '' ? formatMessage(m.answer.source, { n: s.n }) : s.title;
  let text = `[${s.n}] ${s.url === undefined ? title : `[${title}](${s.url})`}`;
  if (s.heading !== '') text += ` — ${s.heading}`;
  if (s.brand !== '') text += ` · ${s.brand}`;
  // Quoted document text stays in its language; the line says which when it isn't the user's.
  if (s.quotedIn !== undefined)
    text += ` · ${formatMessage(m.answer.quotedIn, { language: m.languageNames[s.quotedIn] ?? s.quotedIn })}`;
  if (s.withheld !== undefined)
    text += ` · ${formatMessage(m.answer.notQuoted, { label: s.withheld.label })}`;
  return { text, snippet: s.snippet, snippetId: `snippet-${s.n}` };
}

function compactLine(sources: SourceView[], maxChars: number): SourceLine {
  const text = truncateText(sources.map((s) => `[${s.n}]`).join(' '), maxChars);
  return { text, snippet: '', snippetId: 'snippet-all' };
}
