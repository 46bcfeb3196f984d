import fs from 'node:fs';
import path from 'node:path';
import { ALL_BRANDS } from '../../../knowledge/profile/OrganisationProfile';
import type { KnowledgeIndex } from '../../../knowledge/index/KnowledgeIndex';

/** What the brand matrices need of an indexed document. */
export interface SampleDocument {
  readonly docId: string;
  readonly title: string;
  readonly brand: string;
  readonly access: readonly string[];
}

/** Every document of `index` with its brand and access list, by doc id. */
export async function sampleDocuments(index: KnowledgeIndex): Promise<Map<string, SampleDocument>> {
  const docs = new Map<string, SampleDocument>();
  for (const docId of (await index.listHashes()).keys()) {
    const meta = await index.getDocument(docId);
    if (meta) docs.set(docId, { docId, title: meta.title, brand: meta.brand, access: meta.access });
  }
  return docs;
}

/** Questions every brand's documents answer in some form: asked in every brand's place. */
const CROSS_BRAND_QUESTIONS = [
  'What is the clear-space rule for the logo?',
  'What are the brand colours?',
  'What is the tone of voice of the brand?',
  'When is the launch date of the new model?',
  'What is the pricing strategy?',
  'How should photographs of the cars look?',
  'Which typeface do we use?',
  'What are the rules for test drives and demo cars?',
];

/**
 * The matrix's questions: the title of every brand document (aimed squarely at one brand), questions many
 * brands' documents answer, and the sample's own question set (`knowledge/sample/questions.json`).
 */
export function brandQuestions(docs: readonly SampleDocument[]): string[] {
  const titles = docs.filter((doc) => doc.brand !== ALL_BRANDS).map((doc) => doc.title);
  const file = path.join(__dirname, '../../../knowledge/sample/questions.json');
  const sample = (JSON.parse(fs.readFileSync(file, 'utf8')) as { question: string }[]).map((q) => q.question);
  return [...new Set([...titles, ...CROSS_BRAND_QUESTIONS, ...sample])];
}

/** Doc ids a reply names: signed viewer links (`...?d=<docId>`) and bare doc ids anywhere in its JSON. */
export function citedDocIds(reply: unknown, docIds: Iterable<string>): Set<string> {
  const raw = JSON.stringify(reply ?? null);
  const ids = new Set<string>();
  for (const match of raw.matchAll(/https?:\/\/[^\s"')\]\\]+/g)) {
    try {
      const id = new URL(match[0]).searchParams.get('d');
      if (id) ids.add(id);
    } catch {
      // not a URL: nothing to read
    }
  }
  for (const docId of docIds) if (raw.includes(docId)) ids.add(docId);
  return ids;
}
