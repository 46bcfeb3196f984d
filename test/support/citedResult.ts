import type { SkillResult } from '../../skills/SkillDescriptor';

/** A skill result whose text `<text> [1]` cites one source, `title` at `url`, on an empty card. */
export function citedResult(text: string, title: string, url: string): SkillResult {
  return {
    card: {
      $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
      type: 'AdaptiveCard',
      version: '1.5',
      body: [],
    },
    text: `${text} [1]`,
    aiGenerated: true,
    citations: [{ n: 1, title, url, heading: '', snippet: '' }],
  };
}
