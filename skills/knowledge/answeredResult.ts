import { renderAnswerCard, type CitationView, type PrivateAnswerOffer } from '../../adaptive-cards';
import { formatMessage } from '../../adaptive-cards/messages/formatMessage';
import { messagesFor } from '../../adaptive-cards/messages/messagesFor';
import type { ComposedAnswer } from '../../knowledge/answer/composeExtractiveAnswer';
import type { Passage } from '../../knowledge/index/Passage';
import type { OrganisationProfile } from '../../knowledge/profile/OrganisationProfile';
import {
  mostRestrictiveLabel,
  resolveSensitivityLabel,
} from '../../knowledge/profile/resolveSensitivityLabel';
import type { SkillContext, SkillResult, SkillUser } from '../SkillDescriptor';

/** What `answeredResult` builds the `ask_knowledge` result from. */
export interface AnsweredResultInput {
  readonly question: string;
  /** The answer shown: its statements and citations (none when it declined and only withheld documents are cited). */
  readonly answer: ComposedAnswer;
  /** Every passage retrieved (the answer's citations are looked up among them by chunk id). */
  readonly passages: readonly Passage[];
  /** Documents cited by title and link only in a group (`withheldCited`). */
  readonly withheldDocs: readonly Passage[];
  readonly profile: OrganisationProfile;
  readonly context: SkillContext;
  /** Link a reader opens for a passage (as `AskKnowledgeDeps.linkFor`). */
  readonly linkFor: (passage: Passage, user: SkillUser) => string;
  /** The model's name when the model wrote the answer; undefined for an extracted answer. */
  readonly writtenBy: string | undefined;
  /** The private answer the card may offer in the asker's 1:1 chat. */
  readonly offered: PrivateAnswerOffer;
  /** Whether the asker alone could read more than the group (`sourcesLeftOut`). */
  readonly leftOut: boolean;
  /** The brand asked about, when known. */
  readonly askedBrand: string | undefined;
  /** For the answer log: the documents that ranked best. */
  readonly closestSourceIds: readonly string[];
}

/**
 * The `ask_knowledge` result for an answer (or for withheld documents alone): the answer card with numbered
 * citations (quoted ones first, then those withheld in a group, cited by title and link only), the most
 * restrictive sensitivity label of what is cited, the footer naming who wrote it and for which readers, the
 * plain text with `[n]` markers, the answer-log entry (`answered`) and the audit record `question_answered`.
 */
export function answeredResult(input: AnsweredResultInput): SkillResult {
  const { question, passages, withheldDocs, profile, context, linkFor, writtenBy, offered, leftOut } = input;
  const m = messagesFor(context.locale);
  const leftOutLine = leftOut ? `\n${m.answer.leftOut}` : '';
  const readers = context.audience ? m.answer.documentsEveryoneHereCanAccess : m.answer.documentsYouCanAccess;
  const byChunk = new Map(passages.map((passage) => [passage.chunkId, passage]));
  const answered = input.answer.kind === 'answer' ? input.answer : { statements: [], citations: [] };
  const labelName = (value: string | undefined) => resolveSensitivityLabel(profile, value)?.name;
  const quoted: CitationView[] = answered.citations.map((citation) => {
    const passage = byChunk.get(citation.chunkId);
    const label = labelName(passage?.sensitivityLabel);
    return {
      n: citation.n,
      title: citation.title,
      url: passage ? linkFor(passage, context.user) : citation.url,
      heading: sectionOf(citation.heading, citation.title),
      snippet: citation.snippet,
      ...(citation.brand && citation.brand !== 'group' ? { brand: citation.brand } : {}),
      ...(citation.language ? { language: citation.language } : {}),
      ...(label ? { sensitivityLabel: label } : {}),
    };
  });
  const notQuoted: CitationView[] = withheldDocs.map((passage, i) => ({
    n: quoted.length + i + 1,
    title: passage.title,
    url: linkFor(passage, context.user),
    heading: '',
    snippet: '',
    withheld: true,
    sensitivityLabel: labelName(passage.sensitivityLabel) ?? '',
    ...(passage.brand && passage.brand !== 'group' ? { brand: passage.brand } : {}),
  }));
  const citations = [...quoted, ...notQuoted];
  const citedPassages = [
    ...answered.citations.map((citation) => byChunk.get(citation.chunkId)),
    ...withheldDocs,
  ];
  const label = mostRestrictiveLabel(
    profile,
    citedPassages.map((passage) => passage?.sensitivityLabel),
  );
  const quoteMaxLabel = notQuoted.length > 0 ? labelName(profile.groupQuoteMaxLabel) : undefined;
  const withheldLine = quoteMaxLabel ? `\n${formatMessage(m.answer.withheld, { label: quoteMaxLabel })}` : '';
  const docCount = citations.length;
  const documents =
    docCount === 1 ? m.answer.oneDocument : formatMessage(m.answer.manyDocuments, { count: docCount });
  const footer =
    writtenBy !== undefined
      ? formatMessage(m.answer.writtenFooter, {
          model: writtenBy.replace(/^model:/, ''),
          documents,
          readers,
        })
      : formatMessage(m.answer.extractedFooter, { documents, readers });
  const card = renderAnswerCard({
    question,
    statements: answered.statements,
    citations,
    aiGenerated: answered.statements.length > 0,
    ...(label ? { sensitivityLabel: label.name } : {}),
    ...(quoteMaxLabel ? { quoteMaxLabel } : {}),
    footnote: `${context.user.notice ? `${context.user.notice} ` : ''}${footer}`,
    // Sources cited by title and link only (labels) may be read in full in the asker's 1:1 chat too.
    ...(leftOut || notQuoted.length > 0 ? { privateAnswer: offered } : {}),
    ...(!leftOut && notQuoted.length > 0 ? { privateAnswerNote: '' } : {}),
    ...(context.locale ? { locale: context.locale } : {}),
  });
  const text = answered.statements
    .map((statement) => `${statement.text} ${statement.citations.map((n) => `[${n}]`).join('')}`)
    .join('\n\n')
    .concat(withheldLine)
    .concat(leftOutLine);
  const sourceIds = [
    ...answered.citations.map((citation) => citation.docId),
    ...withheldDocs.map((passage) => passage.docId),
  ];
  const audit = {
    action: 'question_answered',
    sourceIds,
    ...(writtenBy !== undefined ? { detail: writtenBy } : {}),
  };
  const brand = input.askedBrand ?? citations.find((citation) => citation.brand)?.brand;
  return {
    card,
    text,
    aiGenerated: answered.statements.length > 0,
    subject: question,
    citations,
    ...(label
      ? {
          sensitivityLabel: {
            name: label.name,
            ...(label.description ? { description: label.description } : {}),
          },
        }
      : {}),
    answer: {
      question,
      outcome: 'answered',
      ...(brand ? { brand } : {}),
      closestSourceIds: input.closestSourceIds,
    },
    audit,
  };
}

/** The heading path without a leading segment that repeats the document title (`Title > 5. Pass criteria` -> `5. Pass criteria`). */
function sectionOf(heading: string, title: string): string {
  const [first, ...rest] = heading.split(' > ');
  return first?.trim() === title.trim() ? rest.join(' > ') : heading;
}
