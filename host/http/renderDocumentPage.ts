import { escapeHtml } from './markdown/escapeHtml';
import { renderMarkdown } from './markdown/renderMarkdown';

export { escapeHtml } from './markdown/escapeHtml';

const STYLE = [
  'body{font-family:system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;line-height:1.5}',
  'h2{font-size:1.05rem;margin-top:1.5rem}h3,h4,h5,h6{font-size:1rem}',
  'section:target{background:#fff6d5}.src{color:#666;font-size:.85rem}',
  'table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}',
  'th{background:#f3f3f3}pre{background:#f6f8fa;padding:.5rem;overflow-x:auto}',
  'code{background:#f6f8fa;padding:0 .2rem}pre code{padding:0}',
  'blockquote{border-left:3px solid #ccc;margin-left:0;padding-left:1rem;color:#444}',
  '.notice{background:#fff4ce;border:1px solid #e8d48a;padding:.5rem;font-size:.9rem}',
].join('');

/**
 * The local document viewer page: the title, then each chunk as a section anchored by its chunk id (so
 * citation links jump to the cited passage), its heading path as `<h2>` and its text rendered from markdown
 * (`renderMarkdown`: headings from `<h3>`, lists, tables, emphasis, code). Document text is never markup:
 * every character is escaped, and only absolute http(s) links become anchors.
 */
export function renderDocumentPage(doc: {
  title: string;
  docId: string;
  chunks: { chunkId: string; heading: string; text: string }[];
  /** A line shown above the document (e.g. that this is a local preview); plain text, escaped. */
  notice?: string;
}): string {
  const sections = doc.chunks
    .map(
      (chunk) =>
        `<section id="${escapeHtml(chunk.chunkId)}">${chunk.heading ? `<h2>${escapeHtml(chunk.heading)}</h2>` : ''}${renderMarkdown(chunk.text, { headingOffset: 2 })}</section>`,
    )
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(doc.title)}</title>
<style>${STYLE}</style>
</head><body>${doc.notice ? `<p class="notice">${escapeHtml(doc.notice)}</p>` : ''}<h1>${escapeHtml(doc.title)}</h1><p class="src">${escapeHtml(doc.docId)}</p>
${sections}
</body></html>`;
}
