import { createHash } from 'node:crypto';
import type { Chunk } from '../index/Chunk';
import { parseSections, type Section } from './parseSections';
import { splitWithTableHeaders } from './splitWithTableHeaders';

export const DEFAULT_MAX_CHARS = 1200;
export const DEFAULT_MIN_CHARS = 200;

export interface ChunkOptions {
  /** Largest chunk text, in UTF-16 units; default 1200. Must be a positive integer. */
  readonly maxChars?: number;
  /** Sections shorter than this merge into the next sibling when the result fits; default 200. */
  readonly minChars?: number;
}

/**
 * Stable chunk id: the first 24 hex characters of
 * `sha256(docId + '\u0000' + ordinal + '\u0000' + heading + '\u0000' + text)` (UTF-8). Contract: the same
 * document id and text always yield the same ids; any change to a chunk's text, heading or position
 * changes its id. Callers and indexes may rely on this formula.
 */
export function chunkIdFor(docId: string, ordinal: number, heading: string, text: string): string {
  const hash = createHash('sha256');
  hash.update(`${docId}\u0000${ordinal}\u0000${heading}\u0000${text}`, 'utf8');
  return hash.digest('hex').slice(0, 24);
}

/**
 * Cuts normalised markdown-like text (see `extractText`) into chunks, in document order, ordinals from 0.
 * - Sections follow `#` headings; `heading` is the path (`Brake testing > Fade test`, '' before the first
 *   heading) and the heading line is not repeated in `text`.
 * - A section shorter than `minChars` merges with the following section of the same parent when the merged
 *   text stays within `maxChars`; the merged chunk keeps the first heading and the later section's heading
 *   line stays in the text as `## Title`.
 * - A section longer than `maxChars` splits at paragraph, then line, then sentence, then word boundaries;
 *   only words longer than `maxChars` are cut. A chunk that starts inside a table repeats the table's header
 *   row (and `|---|` line) first, so every row keeps its header (see `splitWithTableHeaders`).
 * - Never returns an empty chunk; blank text yields `[]`. Deterministic: ids follow `chunkIdFor`.
 * Throws RangeError when `maxChars` is not a positive integer or `minChars` is negative.
 */
export function chunkDocument(input: { docId: string; text: string }, options: ChunkOptions = {}): Chunk[] {
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  const minChars = options.minChars ?? DEFAULT_MIN_CHARS;
  if (!Number.isInteger(maxChars) || maxChars < 1)
    throw new RangeError('maxChars must be a positive integer');
  if (!(minChars >= 0)) throw new RangeError('minChars must be zero or more');

  const chunks: Chunk[] = [];
  for (const section of mergeTinySections(parseSections(input.text), minChars, maxChars)) {
    const heading = section.path.join(' > ');
    for (const text of splitWithTableHeaders(section.body, maxChars)) {
      const ordinal = chunks.length;
      chunks.push({
        chunkId: chunkIdFor(input.docId, ordinal, heading, text),
        docId: input.docId,
        ordinal,
        heading,
        text,
      });
    }
  }
  return chunks;
}

function mergeTinySections(sections: readonly Section[], minChars: number, maxChars: number): Section[] {
  const merged: Section[] = [];
  for (const section of sections.filter((s) => s.body !== '')) {
    const previous = merged[merged.length - 1];
    if (previous && previous.body.length < minChars && isSibling(previous, section)) {
      const body = `${previous.body}\n\n${'#'.repeat(section.level)} ${section.path[section.path.length - 1]}\n\n${section.body}`;
      if (body.length <= maxChars) {
        merged[merged.length - 1] = { ...previous, body };
        continue;
      }
    }
    merged.push(section);
  }
  return merged;
}

/** Same parent heading; the text before the first heading has no siblings. */
function isSibling(a: Section, b: Section): boolean {
  if (a.path.length === 0 || a.path.length !== b.path.length) return false;
  return a.path.slice(0, -1).every((title, i) => title === b.path[i]);
}
