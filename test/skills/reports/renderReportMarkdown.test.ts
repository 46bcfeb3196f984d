import assert from 'node:assert/strict';
import { renderReportMarkdown } from '../../../skills/reports/renderReportMarkdown';
import { fixtureReport } from './reportFixture';

describe('renderReportMarkdown', () => {
  const md = renderReportMarkdown(fixtureReport());
  const lines: string[] = [
    '# Report: Fade test',
    '_Audience: Internal · Brand: Brava · Period: 2025 Q3 · Drafted 2026-03-01_',
    '## Summary',
    '- Summary about Fade test. [1]',
    '## Section Fade test',
    '- The MFDD of the hot stop is at least 75 %. [2]',
    '## Open questions',
    '1. [Doc Fade test](<https://docs.test/d1>)',
    '2. Brake standard',
  ];
  for (const line of lines)
    it(`has the line ${JSON.stringify(line)}`, () => assert.ok(md.split('\n').includes(line), md));

  const hostile: [string, string, string][] = [
    ['a link', '[click](https://evil.example)', '\\[click\\](https\u2236//evil\u2024example)'],
    ['an image', '![x](https://evil.example/x.png)', '!\\[x\\](https\u2236//evil\u2024example/x.png)'],
    [
      'a bare URL (viewers autolink them)',
      'see https://evil.example/a',
      'see https\u2236//evil\u2024example/a',
    ],
    ['HTML', '<script>alert(1)</script>', '\\<script\\>alert(1)\\</script\\>'],
    ['a heading', '# Heading', '\\# Heading'],
    ['a newline', 'one\n## two', 'one ## two'],
  ];
  for (const [name, input, expected] of hostile) {
    it(`makes ${name} in document text inert`, () => {
      const out = renderReportMarkdown(
        fixtureReport('x', { sections: [{ heading: 'H', findings: [{ text: input, citations: [1] }] }] }),
      );
      assert.ok(out.split('\n').includes(`- ${expected} [1]`), out);
    });
  }
});

describe('exported reports carry no link signed for the author', () => {
  it('links only the document’s own source address, and nothing at all for customer reports', () => {
    const base = fixtureReport();
    const signed = {
      ...base,
      sources: [
        { n: 1, docId: 'd1', title: 'Local doc', url: 'http://127.0.0.1:3978/docs?d=d1&u=alex&sig=abc' },
        {
          n: 2,
          docId: 'd2',
          title: 'SharePoint doc',
          url: 'https://x/docs?sig=1',
          sourceUrl: 'https://contoso.sharepoint.com/d2',
        },
      ],
    };
    const internal = renderReportMarkdown(signed);
    assert.doesNotMatch(internal, /sig=|127\.0\.0\.1/);
    assert.match(internal, /\[SharePoint doc\]\(<https:\/\/contoso\.sharepoint\.com\/d2>\)/);
    assert.match(internal, /1\. Local doc/);
    const customer = renderReportMarkdown({ ...signed, audience: 'customer' });
    assert.doesNotMatch(customer, /https?:\/\//);
  });
});
