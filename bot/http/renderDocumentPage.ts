/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

/**
 * The local document viewer page: title and sections as escaped text (document text is never markup),
 * each section anchored by its chunk id so citation links jump to the cited passage.
 */
export function renderDocumentPage(doc: {
  title: string;
  docId: string;
  chunks: { chunkId: string; heading: string; text: string }[];
}): string {
  const sections = doc.chunks
    .map(
      (chunk) =>
        `<section id="${escapeHtml(chunk.chunkId)}">${chunk.heading ? `<h2>${escapeHtml(chunk.heading)}</h2>` : ''}<p>${escapeHtml(chunk.text).replace(/\n+/g, '<br>')}</p></section>`,
    )
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(doc.title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;line-height:1.5}h2{font-size:1.05rem;margin-top:1.5rem}section:target{background:#fff6d5}.src{color:#666;font-size:.85rem}</style>
</head><body><h1>${escapeHtml(doc.title)}</h1><p class="src">${escapeHtml(doc.docId)}</p>
${sections}
</body></html>`;
}
