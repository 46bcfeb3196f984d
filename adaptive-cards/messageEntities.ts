import type { CitationView } from './renderAnswerCard';
import { safeHttpUrl } from './safeHttpUrl';
import { safeText } from './safeText';

/** A Bot Framework message entity (schema.org JSON-LD), as Teams reads it beside a card. */
export interface MessageEntity {
  readonly type: string;
  readonly [key: string]: unknown;
}

/** A sensitivity label shown with a message: its name and, optionally, its description. */
export interface SensitivityLabelView {
  readonly name: string;
  readonly description?: string;
}

/** Teams shows at most this many characters of a citation's abstract. */
const ABSTRACT_MAX = 160;

/**
 * Teams' root message entity: the AI-generated label, the citations and, when the cited documents carry one,
 * the message's sensitivity label (`usageInfo`, a `CreativeWork` with the label's name and description; each
 * citation's own label goes in its `appearance.usageInfo`), as documented for bot messages with AI-generated
 * content.
 */
export function aiMessageEntity(
  citations: readonly CitationView[],
  label: SensitivityLabelView | undefined,
): MessageEntity {
  return {
    ...messageEntity(),
    additionalType: ['AIGeneratedContent'],
    ...(label ? { usageInfo: usageInfo(label.name, label.description) } : {}),
    citation: citations.map((citation) => ({
      '@type': 'Claim',
      position: citation.n,
      appearance: {
        '@type': 'DigitalDocument',
        // Document text, made inert as on the card: Teams shows the name and abstract in the citation pop-up.
        name: truncate(safeText(citation.title), 80),
        ...(safeHttpUrl(citation.url) ? { url: safeHttpUrl(citation.url) } : {}),
        abstract: truncate(safeText(citation.snippet), ABSTRACT_MAX),
        ...(citation.sensitivityLabel ? { usageInfo: usageInfo(citation.sensitivityLabel) } : {}),
      },
    })),
  };
}

/** Teams' root message entity (one per message), before the AI label, citations or sensitivity label. */
export function messageEntity(): MessageEntity {
  return {
    type: 'https://schema.org/Message',
    '@type': 'Message',
    '@context': 'https://schema.org',
    '@id': '',
  };
}

/** A sensitivity label as Teams reads it (`SensitivityUsageInfo`): a `CreativeWork` with a name. */
export function usageInfo(name: string, description?: string): Record<string, string> {
  return {
    '@type': 'CreativeWork',
    name: truncate(safeText(name), 60),
    ...(description ? { description: truncate(safeText(description), 160) } : {}),
  };
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
