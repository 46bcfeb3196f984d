import type { Principal } from '../../../knowledge/access/Principal';
import type { KnowledgeIndex } from '../../../knowledge/index/KnowledgeIndex';

/** Consecutive words that make a fingerprint of a passage. */
const SHINGLE_WORDS = 8;

interface IndexedText {
  readonly docId: string;
  readonly title: string;
  readonly access: readonly Principal[];
  readonly shingles: ReadonlySet<string>;
  readonly words: string;
}

/** What a reply revealed from a document its audience may not all read. */
export interface Leak {
  readonly docId: string;
  readonly kind: 'passage' | 'title' | 'link';
  readonly evidence: string;
}

/**
 * Finds content from forbidden documents in anything the bot sent: passages (any run of 8 words that occurs
 * in a forbidden document and in no document the audience may read), titles (unless an allowed document
 * contains the same words) and links (the signed viewer link's `d`, or the doc id itself). Text is compared
 * as lower-case words, so markdown escaping, word joiners and line breaks don't hide a quote.
 */
export class LeakDetector {
  private constructor(private readonly docs: readonly IndexedText[]) {}

  static async fromIndex(index: KnowledgeIndex): Promise<LeakDetector> {
    const docs: IndexedText[] = [];
    for (const docId of (await index.listHashes()).keys()) {
      const meta = await index.getDocument(docId);
      if (!meta) continue;
      const text = (await index.getChunks(docId))
        .map((chunk) => `${chunk.heading}\n${chunk.text}`)
        .join('\n');
      const words = wordsOf(text);
      docs.push({
        docId,
        title: meta.title,
        access: meta.access,
        shingles: shinglesOf(words),
        words: ` ${words.join(' ')} `,
      });
    }
    return new LeakDetector(docs);
  }

  /** Documents some member may not read (each member given as their principals). */
  forbiddenFor(members: readonly (readonly Principal[])[]): string[] {
    return this.docs.filter((doc) => !readableByAll(doc, members)).map((doc) => doc.docId);
  }

  /**
   * Every leak of a forbidden document in `sent` (activities, cards, invoke responses: any JSON). `said` is
   * what the members wrote themselves (the question): the bot repeating it reveals nothing.
   */
  leaksIn(sent: unknown, members: readonly (readonly Principal[])[], said = ''): Leak[] {
    const saidWords = wordsOf(said);
    const saidShingles = shinglesOf(saidWords);
    const saidText = ` ${saidWords.join(' ')} `;
    const allowed = this.docs.filter((doc) => readableByAll(doc, members));
    const forbidden = this.docs.filter((doc) => !readableByAll(doc, members));
    const raw = JSON.stringify(sent ?? null);
    const replyWords = wordsOf(raw);
    const replyText = ` ${replyWords.join(' ')} `;
    const replyShingles = shinglesOf(replyWords);
    const allowedShingles = new Set(allowed.flatMap((doc) => [...doc.shingles]));
    const leaks: Leak[] = [];
    for (const doc of forbidden) {
      const quoted = [...replyShingles].find(
        (s) => doc.shingles.has(s) && !allowedShingles.has(s) && !saidShingles.has(s),
      );
      if (quoted) leaks.push({ docId: doc.docId, kind: 'passage', evidence: quoted });
      const title = ` ${wordsOf(doc.title).join(' ')} `;
      const titleElsewhere = allowed.some(
        (other) => other.words.includes(title) || ` ${wordsOf(other.title).join(' ')} ` === title,
      );
      if (title.trim() !== '' && replyText.includes(title) && !titleElsewhere && !saidText.includes(title))
        leaks.push({ docId: doc.docId, kind: 'title', evidence: doc.title });
      if (linkedDocIds(raw).has(doc.docId) || raw.includes(doc.docId))
        leaks.push({ docId: doc.docId, kind: 'link', evidence: doc.docId });
    }
    return leaks;
  }
}

function readableByAll(doc: IndexedText, members: readonly (readonly Principal[])[]): boolean {
  return members.every((principals) => doc.access.some((principal) => principals.includes(principal)));
}

function wordsOf(text: string): string[] {
  const plain = text.replace(/[\u200B-\u200D\u2060\uFEFF]/g, '').replace(/\\[nrt]/g, ' ');
  return (plain.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) as string[];
}

function shinglesOf(words: readonly string[]): Set<string> {
  const shingles = new Set<string>();
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i += 1)
    shingles.add(words.slice(i, i + SHINGLE_WORDS).join(' '));
  return shingles;
}

/** Doc ids named by signed viewer links (`...?d=<docId>&u=...`) anywhere in the JSON text. */
function linkedDocIds(raw: string): Set<string> {
  const ids = new Set<string>();
  for (const match of raw.matchAll(/https?:\/\/[^\s"')\]]+/g)) {
    try {
      const id = new URL(match[0]).searchParams.get('d');
      if (id) ids.add(id);
    } catch {
      // not a URL: nothing to read
    }
  }
  return ids;
}
