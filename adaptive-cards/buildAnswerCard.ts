import { CARD_SCHEMA, type AdaptiveCard } from './AdaptiveCard';

/** What `templates/answer.json` binds: the answer card's data, every string already sanitised. */
export interface AnswerCardData {
  readonly labels: {
    readonly sources: string;
    readonly toggleExcerpts: string;
    readonly aiGenerated: string;
  };
  readonly question: string;
  readonly statements: readonly { readonly text: string }[];
  readonly shortenedNote: string;
  readonly sources: readonly {
    readonly text: string;
    readonly snippet: string;
    readonly snippetId: string;
  }[];
  readonly snippetIds: readonly string[];
  readonly footnote: string;
  readonly aiGenerated: boolean;
  readonly sensitivityLine: string;
  readonly withheldNote: string;
}

/** A small, subtle, wrapping line (the template's notes). */
const note = (text: string) => ({ type: 'TextBlock', text, isSubtle: true, size: 'Small', wrap: true });

/**
 * The card `expandTemplate(templates/answer.json, data)` gives, built directly (the same elements, properties
 * and property order; `answerTemplate.test.ts` checks the two agree on arbitrary data): expanding the template
 * through the adaptive-expressions engine cost more than the rest of rendering an answer. Change the template
 * and this together. Strings are used as given, never evaluated.
 */
export function buildAnswerCard(data: AnswerCardData): AdaptiveCard {
  const body: unknown[] = [];
  if (data.sensitivityLine !== '')
    body.push({ type: 'TextBlock', text: data.sensitivityLine, weight: 'Bolder', size: 'Small', wrap: true });
  body.push({ type: 'TextBlock', text: data.question, isSubtle: true, size: 'Small', wrap: true });
  for (const statement of data.statements)
    body.push({ type: 'TextBlock', text: statement.text, wrap: true, spacing: 'Small' });
  if (data.shortenedNote !== '') body.push(note(data.shortenedNote));
  if (data.withheldNote !== '') body.push(note(data.withheldNote));
  if (data.sources.length > 0)
    body.push({
      type: 'Container',
      separator: true,
      spacing: 'Medium',
      items: [
        { type: 'TextBlock', text: data.labels.sources, weight: 'Bolder', size: 'Small' },
        ...data.sources.map((source) => ({
          type: 'Container',
          spacing: 'Small',
          items: [
            { type: 'TextBlock', text: source.text, size: 'Small', wrap: true },
            ...(source.snippet !== ''
              ? [
                  {
                    type: 'TextBlock',
                    id: source.snippetId,
                    isVisible: false,
                    text: source.snippet,
                    isSubtle: true,
                    size: 'Small',
                    wrap: true,
                    maxLines: 3,
                    spacing: 'None',
                  },
                ]
              : []),
          ],
        })),
      ],
    });
  if (data.snippetIds.length > 0)
    body.push({
      type: 'ActionSet',
      actions: [
        {
          type: 'Action.ToggleVisibility',
          title: data.labels.toggleExcerpts,
          targetElements: [...data.snippetIds],
        },
      ],
    });
  if (data.footnote !== '') body.push(note(data.footnote));
  if (data.aiGenerated) body.push(note(data.labels.aiGenerated));
  return { type: 'AdaptiveCard', $schema: CARD_SCHEMA, version: '1.5', msteams: { width: 'Full' }, body };
}
