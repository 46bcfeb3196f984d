/**
 * The words of a document's location: its folder names and file name without extension, separators as spaces
 * (`hr/leave-policy.md` -> `hr leave policy`). Empty for ids without a `/` (opaque source ids such as Graph
 * item ids carry no words).
 */
export function locationWords(docId: string): string {
  if (!docId.includes('/')) return '';
  return docId
    .replace(/\.[A-Za-z0-9]{1,5}$/u, '')
    .replace(/[/_.\-\\]+/gu, ' ')
    .trim();
}
