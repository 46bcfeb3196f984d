import assert from 'node:assert/strict';
import mammoth from 'mammoth';
import { renderReportDocx } from '../../../skills/reports/renderReportDocx';
import { fixtureReport } from './reportFixture';
import { zipEntries } from './zipEntries';

describe('renderReportDocx', () => {
  let bytes: Buffer;
  let html: string;
  let text: string;
  before(async () => {
    bytes = await renderReportDocx(fixtureReport());
    html = (await mammoth.convertToHtml({ buffer: bytes })).value;
    text = (await mammoth.extractRawText({ buffer: bytes })).value;
  });

  it('is a zip archive with word/document.xml', () =>
    assert.ok(zipEntries(bytes).includes('word/document.xml')));
  const headings: [string, RegExp][] = [
    ['Summary', /<h1>Summary<\/h1>/],
    ['a section', /<h1>Section Fade test<\/h1>/],
    ['Open questions', /<h1>Open questions<\/h1>/],
    ['Sources', /<h1>Sources<\/h1>/],
  ];
  for (const [name, pattern] of headings) it(`has the ${name} heading`, () => assert.match(html, pattern));
  const texts = [
    'Report: Fade test',
    'Audience: Internal · Brand: Brava · Period: 2025 Q3 · Drafted 2026-03-01',
    'Finding one about Fade test. [1]',
    'The MFDD of the hot stop is at least 75 %. [2]',
    'No documents you can access cover Fade test risks.',
    '[1] Doc Fade test',
  ];
  for (const expected of texts) it(`contains "${expected}"`, () => assert.ok(text.includes(expected), text));
  it('links an http(s) source', () =>
    assert.match(html, /<a href="https:\/\/docs\.test\/d1">Doc Fade test<\/a>/));
  it('does not link a javascript: source', () => assert.ok(!html.includes('javascript:')));
  it('survives characters XML cannot carry', async () => {
    const hostile = await renderReportDocx(fixtureReport('bad\u0000\u0007\uD800 <w:p>&amp;'));
    const raw = (await mammoth.extractRawText({ buffer: hostile })).value;
    assert.ok(raw.includes('Finding one about bad <w:p>&amp;.'), raw);
  });
});
