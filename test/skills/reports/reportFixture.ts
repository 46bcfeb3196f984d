import type { Passage } from '../../../knowledge/index/Passage';
import type { Report } from '../../../skills/reports/Report';

/** A small, fixed report for renderer and store tests; `text` goes into every untrusted string. */
export function fixtureReport(text = 'Fade test', overrides: Partial<Report> = {}): Report {
  return {
    id: 'AAAAAAAAAAAAAAAAAAAAAA',
    title: `Report: ${text}`,
    topic: text,
    brand: 'brava',
    period: '2025 Q3',
    audience: 'internal',
    summary: [{ text: `Summary about ${text}.`, citations: [1] }],
    sections: [
      { heading: `Section ${text}`, findings: [{ text: `Finding one about ${text}.`, citations: [1] }] },
      {
        heading: 'Pass criteria',
        findings: [{ text: 'The MFDD of the hot stop is at least **75 %**.', citations: [2] }],
      },
    ],
    openQuestions: [`No documents you can access cover ${text} risks.`],
    sources: [
      {
        n: 1,
        docId: 'd1',
        title: `Doc ${text}`,
        url: 'https://docs.test/d1',
        sourceUrl: 'https://docs.test/d1',
      },
      { n: 2, docId: 'd2', title: 'Brake standard', url: 'javascript:alert(1)' },
    ],
    createdAt: '2026-03-01T10:00:00.000Z',
    authorId: 'u-author',
    ...overrides,
  };
}

/**
 * A passage everyone may read, as report retrieval returns it: titled `DOCID`, linked to
 * `https://docs.test/<docId>`, one chunk per `heading` (shown as `DOCID > heading`), with `text` (score 1).
 */
export function reportPassage(docId: string, heading: string, text: string): Passage {
  return {
    docId,
    title: docId.toUpperCase(),
    url: `https://docs.test/${docId}`,
    access: ['everyone'],
    brand: 'group',
    language: 'en',
    modified: '2025-01-01T00:00:00Z',
    chunkId: `${docId}#${heading}`,
    heading: `${docId.toUpperCase()} > ${heading}`,
    text,
    score: 1,
  };
}
