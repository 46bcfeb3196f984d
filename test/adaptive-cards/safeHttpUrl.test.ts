import assert from 'node:assert/strict';
import { MAX_URL_LENGTH, safeHttpUrl } from '../../adaptive-cards';

describe('safeHttpUrl', () => {
  const cases: [string, string | undefined, string | undefined][] = [
    [
      'https kept',
      'https://norvik.sharepoint.com/sites/eng/Doc.docx',
      'https://norvik.sharepoint.com/sites/eng/Doc.docx',
    ],
    ['http kept', 'http://intranet.example/a', 'http://intranet.example/a'],
    ['parens and spaces encoded', 'https://x.example/a b(1).pdf', 'https://x.example/a%20b%281%29.pdf'],
    ['javascript dropped', 'javascript:alert(1)', undefined],
    ['data dropped', 'data:text/html,<b>x</b>', undefined],
    ['file dropped', 'file:///c:/docs/a.pdf', undefined],
    ['relative dropped', 'docs/a.pdf', undefined],
    ['credentials dropped', 'https://user:pw@x.example/', undefined],
    ['empty dropped', '', undefined],
    ['undefined dropped', undefined, undefined],
    ['too long dropped', `https://x.example/${'a'.repeat(MAX_URL_LENGTH)}`, undefined],
  ];
  for (const [name, input, expected] of cases) {
    it(name, () => assert.equal(safeHttpUrl(input), expected));
  }
});
