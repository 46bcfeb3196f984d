/**
 * The text embedded for one chunk: the document title, the heading path and the chunk text, one per line,
 * empty parts left out. Titles and headings carry the topic a short passage often doesn't repeat.
 */
export function chunkEmbeddingText(title: string, heading: string, text: string): string {
  return [title, heading, text]
    .map((part) => part.trim())
    .filter(Boolean)
    .join('\n');
}
