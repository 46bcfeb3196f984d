import type { Passage } from '../../../knowledge/index/Passage';

/**
 * A passage everyone may read: chunk 0 of `docId`, titled by its `heading`, with `text` (score 1); `overrides`
 * replace any of those fields.
 */
export function headingPassage(
  docId: string,
  heading: string,
  text: string,
  overrides: Partial<Passage> = {},
): Passage {
  return {
    docId,
    chunkId: `${docId}#0`,
    title: heading,
    url: '',
    access: ['everyone'],
    brand: 'group',
    language: 'en',
    modified: '2025-01-01T00:00:00Z',
    heading,
    text,
    score: 1,
    ...overrides,
  };
}
