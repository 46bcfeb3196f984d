/** One validated sentence of model output: plain text without markers, and the source numbers it cites. */
export interface CitedSentence {
  readonly text: string;
  /** Distinct marker numbers in order of appearance, each within 1..k. */
  readonly sources: number[];
}

/** A failed check: why, and whether the sentence held link syntax (a link, image, URL or HTML tag). */
export type SentenceCheck =
  { ok: true; sentence: CitedSentence } | { ok: false; reason: string; link: boolean };

/** Longest accepted sentence, markers excluded. */
export const MAX_SENTENCE_CHARS = 600;

const MARKER = /\[(\d{1,3}(?:\s*,\s*\d{1,3})*)\]/g;
const MARKER_RUN = /((?:\s*\[\d{1,3}(?:\s*,\s*\d{1,3})*\])+)/;
/** Links, images, URLs, HTML tags and code: model text is plain prose or it is rejected. */
const FORBIDDEN: [RegExp, string, boolean][] = [
  [/\]\s*\(|!\[/, 'markdown link or image', true],
  [/\b(?:https?|ftp|file|mailto|javascript|data):|\bwww\./i, 'URL', true],
  [/<\/?[a-z][^>]*>/i, 'HTML', true],
  [/```|`/, 'code', false],
];
/** A period after these does not end a sentence (en/fr/de/it, like the extractive splitter). */
const ABBREVIATION =
  /(?<![\p{L}\p{N}.])(?:(?:e\.g|i\.e|z\.B|u\.a|d\.h|etc|approx|ca|Nr|No|vs|cf|Fig|Abb|env|ecc|min|max|Dr|Mr|Mrs|Ms|St)|\p{L})\.$/iu;

/**
 * Splits model output into raw sentences, in order. Markers written after the final punctuation
 * (`Text. [1]`) are moved before it (`Text [1].`). Boundaries: `.`, `!`, `?` followed by whitespace and a
 * character that does not start a marker (not after an abbreviation or a one-letter initial), and line breaks.
 * With `complete` false (streaming) the last piece is withheld: more text may still extend it.
 */
export function splitSentences(text: string, complete = true): string[] {
  const moved = text.replace(new RegExp(`([.!?])${MARKER_RUN.source}`, 'g'), ' $2$1');
  const sentences: string[] = [];
  const boundary = /[.!?]\s+(?=[^\s[])|\s*\n\s*(?=[^\s[])/g;
  let start = 0;
  for (let match = boundary.exec(moved); match; match = boundary.exec(moved)) {
    const end = match.index + (match[0].startsWith('\n') || /^\s/.test(match[0]) ? 0 : 1);
    const piece = moved.slice(start, end);
    if (/[.!?]$/.test(piece) && ABBREVIATION.test(piece)) continue;
    if (piece.trim()) sentences.push(piece.trim());
    start = match.index + match[0].length;
  }
  const rest = moved.slice(start).trim();
  if (complete && rest) sentences.push(rest);
  return sentences;
}

/**
 * Validates one raw sentence against `k` sources: at least one `[n]` (or `[n, m]`) marker, every number
 * within 1..k, no link, URL, image, HTML or code, no other brackets, and at most `MAX_SENTENCE_CHARS`
 * characters of text. List bullets, heading hashes and emphasis marks are dropped from the text.
 */
export function checkSentence(raw: string, k: number): SentenceCheck {
  for (const [pattern, what, link] of FORBIDDEN)
    if (pattern.test(raw)) return { ok: false, reason: `${what} in the answer`, link };
  const sources: number[] = [];
  for (const match of raw.matchAll(MARKER)) {
    for (const part of (match[1] as string).split(',')) {
      const n = Number(part.trim());
      if (!Number.isInteger(n) || n < 1 || n > k)
        return { ok: false, reason: `marker [${n}] is not a source`, link: false };
      if (!sources.includes(n)) sources.push(n);
    }
  }
  if (sources.length === 0) return { ok: false, reason: 'a sentence has no citation', link: false };
  const text = raw
    .replace(MARKER, ' ')
    .replace(/^\s*(?:#{1,6}\s+|[-*•]\s+|\d{1,2}[.)]\s+)/, '')
    .replace(/\*\*|__/g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s+([.,;:!?])/g, '$1')
    .trim();
  if (/[[\]]/.test(text)) return { ok: false, reason: 'unexpected brackets', link: false };
  if (!/[\p{L}\p{N}]/u.test(text)) return { ok: false, reason: 'a sentence has no text', link: false };
  if (text.length > MAX_SENTENCE_CHARS) return { ok: false, reason: 'a sentence is too long', link: false };
  return { ok: true, sentence: { text, sources } };
}
