import assert from 'node:assert/strict';
import { extractPlainText } from '../../../knowledge/extract/extractPlainText';
import { tempFileBytes } from './tempFile';

describe('extractPlainText', () => {
  const cases: [string, string, string][] = [
    ['=== underline -> # heading', 'Service manual\n==============\nIntro', '# Service manual\nIntro'],
    ['--- underline -> ## heading', 'Brakes\n------\nCheck pads.', '## Brakes\nCheck pads.'],
    ['short underlines are not headings', 'a\n--\nb', 'a\n--\nb'],
    ['an underline after a blank line stays', 'a\n\n---\nb', 'a\n\n---\nb'],
    ['a list item followed by --- is not a heading', '- item\n---', '- item\n---'],
    ['an existing # heading is not doubled', '# Title\n===', '# Title\n==='],
    ['other lines are kept as written', '  indented\n* star\n#hashtag', '  indented\n* star\n#hashtag'],
    ['CRLF, control chars and blank runs are normalised', 'a\r\n\r\n\r\n\r\nb\u0000\u0008 ', 'a\n\nb'],
    ['hostile text stays literal', '${user.name} {"a":', '${user.name} {"a":'],
  ];
  for (const [name, content, expected] of cases) {
    it(name, async () => {
      const result = extractPlainText({
        fileName: 'notes.txt',
        bytes: await tempFileBytes('notes.txt', content),
      });
      assert.equal(result.text, expected);
      assert.deepEqual(result.frontMatter, {});
    });
  }
});
