import assert from 'node:assert/strict';
import { extractHtml } from '../../../knowledge/extract/extractHtml';
import { tempFileBytes } from './tempFile';

async function html(content: string) {
  return extractHtml({ fileName: 'page.html', bytes: await tempFileBytes('page.html', content) });
}

describe('extractHtml', () => {
  const cases: [string, string, string][] = [
    [
      'drops script, style, noscript, template and head',
      '<html><head><meta charset="utf-8"><style>p{color:red}</style><script>var x = "<p>no</p>";</script></head>' +
        '<body><script>alert(1)</script><noscript>Enable JS</noscript><template><p>tpl</p></template><p>Kept</p></body></html>',
      'Kept',
    ],
    [
      'decodes entities (nbsp counts as a space)',
      '<p>&lt;b&gt; &amp; &quot;q&quot; &eacute;&#233;&#x41; &nbsp;x</p>',
      '<b> & "q" ééA x',
    ],
    ['h1-h6 become # headings', '<h1>A</h1><h3>C</h3><h6>F</h6>', '# A\n\n### C\n\n###### F'],
    ['paragraphs are separated by a blank line', '<p>One</p><p>Two</p>', 'One\n\nTwo'],
    ['div boundaries break lines', '<div>One<div>Two</div>Three</div>', 'One\n\nTwo\n\nThree'],
    ['br breaks a line', '<p>One<br>Two<br/>Three</p>', 'One\nTwo\nThree'],
    ['whitespace collapses', '<p>  a \n\t b   <i>c</i>  </p>', 'a b c'],
    ['inline elements join', '<p>an<b>d</b> <a href="x">or</a></p>', 'and or'],
    [
      'list items become - lines',
      '<ul><li>one</li><li>two<ul><li>sub</li></ul></li></ul>',
      '- one\n- two\n  - sub',
    ],
    [
      'paragraphs inside list items stay on the item',
      '<ol><li><p>one</p></li><li><p>two</p></li></ol>',
      '- one\n- two',
    ],
    [
      'table rows become cells joined by |',
      '<table><tr><th>Brand</th><th>City</th></tr><tr><td>Velora</td><td><p>Modena</p></td></tr></table>',
      'Brand | City\nVelora | Modena',
    ],
    [
      'nested markup inside a cell stays in the cell',
      '<table><tr><td>a<br>b</td><td>c</td></tr></table>',
      'a b | c',
    ],
    [
      'markup inside a heading stays in the heading',
      '<h2>Fade <em>test</em><div>x</div></h2><p>y</p>',
      '## Fade test x\n\ny',
    ],
    ['a cell outside a row keeps its text', '<td>lonely</td><p>y</p>', 'lonely\n\ny'],
    ['pre keeps its spacing', '<pre>x  = 1\n  y = 2</pre>', 'x  = 1\n  y = 2'],
    ['link targets are dropped', '<p><a href="javascript:alert(1)">click</a></p>', 'click'],
    [
      'markdown-like text stays literal',
      '<p>[click](javascript:alert(1)) ${user.name} {"a":</p>',
      '[click](javascript:alert(1)) ${user.name} {"a":',
    ],
    ['malformed markup does not throw', '<div><p>open <b>bold<p>next</div></span>', 'open bold\n\nnext'],
    ['control characters are removed', '<p>a\u0000b\u0007c</p>', 'abc'],
  ];
  for (const [name, content, expected] of cases) {
    it(name, async () => assert.equal((await html(content)).text, expected));
  }

  describe('title', () => {
    const cases: [string, string, string | undefined][] = [
      [
        'from <title>, entities decoded',
        '<head><title> Aurex &amp; NMP-E\n guide </title></head><p>x</p>',
        'Aurex & NMP-E guide',
      ],
      ['absent without <title>', '<p>x</p>', undefined],
      ['empty <title> is absent', '<title> </title><p>x</p>', undefined],
    ];
    for (const [name, content, expected] of cases) {
      it(name, async () => {
        const result = await html(content);
        assert.equal(result.title, expected);
        assert.equal(result.text, 'x');
      });
    }
  });
});
