import assert from 'node:assert/strict';
import { renderDocumentPage } from '../../../host/http/renderDocumentPage';

describe('renderDocumentPage', () => {
  const page = renderDocumentPage({
    title: 'Torque <spec>',
    docId: 'eng/torque.md',
    chunks: [
      {
        chunkId: 'c1',
        heading: 'Torque',
        text: 'Use **140 Nm**.\n\n| Size | Torque |\n| --- | --- |\n| M8 | 25 Nm |',
      },
      { chunkId: 'c2', heading: 'Torque', text: '| Size | Torque |\n| --- | --- |\n| M10 | 50 Nm |' },
    ],
  });
  it('renders markdown instead of showing its syntax', () => {
    assert.match(page, /<strong>140 Nm<\/strong>/);
    assert.doesNotMatch(page, /\*\*|\|---|\| --- \|/);
  });
  it('gives every chunk of a split table its header row', () => {
    assert.equal(page.match(/<th>Size<\/th>/g)?.length, 2);
    assert.match(page, /<section id="c2"><h2>Torque<\/h2><table><thead><tr><th>Size<\/th>/);
  });
  it('escapes the title', () => assert.match(page, /<title>Torque &lt;spec&gt;<\/title>/));
});

describe('renderDocumentPage: notice', () => {
  it('shows an escaped notice above the document when given, and none otherwise', () => {
    const doc = { title: 'T', docId: 'd.md', chunks: [{ chunkId: 'c', heading: '', text: 'Body.' }] };
    const page = renderDocumentPage({ ...doc, notice: 'Local preview <b>only</b>' });
    assert.match(page, /<p class="notice">Local preview &lt;b&gt;only&lt;\/b&gt;<\/p>/);
    assert.doesNotMatch(renderDocumentPage(doc), /class="notice"/);
  });
});
