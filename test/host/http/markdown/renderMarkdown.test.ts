import assert from 'node:assert/strict';
import { renderInline } from '../../../../host/http/markdown/renderInline';
import { renderMarkdown } from '../../../../host/http/markdown/renderMarkdown';

describe('renderInline', () => {
  const cases: [string, string, string][] = [
    ['plain text is escaped', 'a < b & "c"', 'a &lt; b &amp; &quot;c&quot;'],
    ['raw HTML is shown as text', '<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    ['bold', 'a **bold** b', 'a <strong>bold</strong> b'],
    ['bold with underscores', '__bold__', '<strong>bold</strong>'],
    ['italic', 'an *em* word and _this_', 'an <em>em</em> word and <em>this</em>'],
    ['bold inside italic', '*a **b** c*', '<em>a <strong>b</strong> c</em>'],
    ['snake_case stays', 'use my_var_name here', 'use my_var_name here'],
    ['a lone star stays', '2 * 3 = 6', '2 * 3 = 6'],
    [
      'inline code is escaped, not formatted',
      'run `<b>**x**</b>`',
      'run <code>&lt;b&gt;**x**&lt;/b&gt;</code>',
    ],
    [
      'https link becomes a safe anchor',
      'see [the guide](https://example.com/a?b=1&c=2)',
      'see <a href="https://example.com/a?b=1&amp;c=2" rel="noopener noreferrer nofollow">the guide</a>',
    ],
    ['javascript link is text only', '[click](javascript:alert(1))', 'click'],
    ['relative link is text only', '[Label](/components/label/)', 'Label'],
    ['data link is text only', '[x](data:text/html;base64,PHNjcmlwdD4=)', 'x'],
    ['a link target with markup stays escaped text', '[x](data:<script>)', '[x](data:&lt;script&gt;)'],
    [
      'link text is escaped',
      '[<b>x</b>](https://e.com)',
      '<a href="https://e.com/" rel="noopener noreferrer nofollow">&lt;b&gt;x&lt;/b&gt;</a>',
    ],
    [
      'attribute injection through the URL is escaped',
      '[x](https://e.com/"onmouseover="a)',
      '<a href="https://e.com/%22onmouseover=%22a" rel="noopener noreferrer nofollow">x</a>',
    ],
    ['image shows its alt text', '![Brake diagram](https://e.com/b.png)', 'Brake diagram'],
    [
      'autolink',
      '<https://e.com/x_y>',
      '<a href="https://e.com/x_y" rel="noopener noreferrer nofollow">https://e.com/x_y</a>',
    ],
    ['backslash escapes', '\\*not em\\*', '*not em*'],
  ];
  for (const [name, input, expected] of cases) it(name, () => assert.equal(renderInline(input), expected));
});

describe('renderMarkdown', () => {
  const cases: [string, string, string][] = [
    ['heading with offset', '## Fade test', '<h4>Fade test</h4>'],
    ['paragraphs keep line breaks', 'one\ntwo\n\nthree', '<p>one<br>two</p>\n<p>three</p>'],
    ['bulleted list', '- a\n- **b**', '<ul><li>a</li><li><strong>b</strong></li></ul>'],
    ['numbered list keeps its start', '3. c\n4. d', '<ol start="3"><li>c</li><li>d</li></ol>'],
    [
      'nested list',
      '- a\n  - a1\n  - a2\n- b',
      '<ul><li>a<ul><li>a1</li><li>a2</li></ul></li><li>b</li></ul>',
    ],
    ['list item continuation line', '- a\n  more', '<ul><li>a<br>more</li></ul>'],
    [
      'markdown table: header row, separator dropped',
      '| Size | Torque |\n| --- | ---: |\n| M8 | **25** Nm |',
      '<table><thead><tr><th>Size</th><th>Torque</th></tr></thead><tbody><tr><td>M8</td><td><strong>25</strong> Nm</td></tr></tbody></table>',
    ],
    [
      'extracted table without pipes at the ends',
      'Size | Torque\nM8 | 25 Nm',
      '<table><thead><tr><th>Size</th><th>Torque</th></tr></thead><tbody><tr><td>M8</td><td>25 Nm</td></tr></tbody></table>',
    ],
    [
      'escaped pipe stays in its cell',
      '| a | b \\| c |\n| 1 | 2 |',
      '<table><thead><tr><th>a</th><th>b | c</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table>',
    ],
    [
      'code block is escaped verbatim',
      '```html\n<script>**x**</script>\n```',
      '<pre><code>&lt;script&gt;**x**&lt;/script&gt;</code></pre>',
    ],
    ['block quote', '> quoted *text*', '<blockquote><p>quoted <em>text</em></p></blockquote>'],
    ['rule', 'a\n\n---\n\nb', '<p>a</p>\n<hr>\n<p>b</p>'],
    ['raw HTML block is text', '<script>alert(1)</script>', '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>'],
  ];
  for (const [name, input, expected] of cases) {
    it(name, () => assert.equal(renderMarkdown(input, { headingOffset: 2 }), expected));
  }

  it('never lets a tag through, whatever the input', () => {
    const hostile = [
      '<script>x</script>',
      '[a](javascript:x)',
      '| <b> | x |\n| - | - |\n| <i> | y |',
      '- <img src=x>',
      '```\n</code></pre><script>\n```',
      '**<svg onload=x>**',
      '`</code><script>`',
      '> <iframe>',
    ].join('\n\n');
    const html = renderMarkdown(hostile);
    assert.doesNotMatch(html, /<(script|img|svg|iframe|b|i)[\s>]/);
    assert.doesNotMatch(html, /href="javascript/);
  });
});
