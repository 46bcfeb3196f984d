/**
 * The longest prefix of `text` whose UTF-8 encoding has at most `maxBytes` bytes, never splitting a code
 * point (a surrogate pair stays whole). A byte bound is a token bound: every BPE token of the OpenAI
 * tokenizers covers at least one byte, so `maxBytes` bytes are at most `maxBytes` tokens.
 */
export function truncateUtf8(text: string, maxBytes: number): string {
  if (Buffer.byteLength(text, 'utf8') <= maxBytes) return text;
  let bytes = 0;
  let end = 0;
  for (const char of text) {
    const size = Buffer.byteLength(char, 'utf8');
    if (bytes + size > maxBytes) break;
    bytes += size;
    end += char.length;
  }
  return text.slice(0, end);
}
