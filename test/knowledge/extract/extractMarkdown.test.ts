import assert from 'node:assert/strict';
import { ExtractionError } from '../../../knowledge/extract/ExtractionError';
import { extractMarkdown } from '../../../knowledge/extract/extractMarkdown';
import { tempFileBytes } from './tempFile';

async function md(content: string) {
  return extractMarkdown({ fileName: 'guide.md', bytes: await tempFileBytes('guide.md', content) });
}

describe('extractMarkdown', () => {
  describe('front matter', () => {
    it('is parsed with yaml and removed from the text', async () => {
      const result = await md(
        '---\ntitle: Brake guide\nbrand: Aurex\naccess:\n  - group:eng\n---\n# Intro\n',
      );
      assert.deepEqual(result.frontMatter, { title: 'Brake guide', brand: 'Aurex', access: ['group:eng'] });
      assert.equal(result.text, '# Intro');
    });
    it('is read after a byte-order mark and with CRLF line ends', async () => {
      const result = await md('\ufeff---\r\ntitle: T\r\n---\r\nBody\r\n');
      assert.deepEqual(result.frontMatter, { title: 'T' });
      assert.equal(result.text, 'Body');
    });
    it('may be empty', async () => {
      const result = await md('---\n---\nBody');
      assert.deepEqual(result.frontMatter, {});
      assert.equal(result.text, 'Body');
    });
    it('may end with "..."', async () => {
      assert.deepEqual((await md('---\nbrand: kestrel\n...\nBody')).frontMatter, { brand: 'kestrel' });
    });
    it('is absent when the file does not start with ---', async () => {
      const result = await md('Intro\n\n---\ntitle: x\n---\n');
      assert.deepEqual(result.frontMatter, {});
      assert.ok(result.text.includes('title: x'));
    });
    it('keeps template-like values literal', async () => {
      const result = await md('---\ntitle: "${user.name}"\n---\nBody');
      assert.equal(result.frontMatter.title, '${user.name}');
    });
  });

  describe('rejects malformed front matter with ExtractionError', () => {
    const cases: [string, string][] = [
      ['unclosed flow sequence', '---\ntitle: [unclosed\n---\nBody'],
      ['bad indentation', '---\ntitle: a\n  b: c\n---\nBody'],
      ['a list instead of a mapping', '---\n- a\n- b\n---\nBody'],
      ['a scalar instead of a mapping', '---\njust text\n---\nBody'],
      ['duplicate keys', '---\ntitle: a\ntitle: b\n---\nBody'],
      ['no closing line', '---\ntitle: a\n\nBody'],
    ];
    for (const [name, content] of cases) {
      it(name, async () => {
        await assert.rejects(md(content), (error: unknown) => {
          assert.ok(error instanceof ExtractionError);
          assert.ok(error.message.includes('guide.md'));
          return true;
        });
      });
    }
  });

  describe('body normalisation', () => {
    const cases: [string, string, string][] = [
      ['ATX headings are kept', '# A\n\n## B\n\ntext', '# A\n\n## B\n\ntext'],
      ['=== underline -> # heading', 'Title\n=====\n\ntext', '# Title\n\ntext'],
      ['--- underline -> ## heading', 'Part\n---\ntext', '## Part\ntext'],
      ['* and + bullets -> - ', '* one\n+ two\n  * nested', '- one\n- two\n  - nested'],
      ['thematic break stays', 'a\n\n* * *\n\nb', 'a\n\n* * *\n\nb'],
      ['code fences are untouched', '```\n* x\ny\n---\n```', '```\n* x\ny\n---\n```'],
      [
        'links and HTML stay literal',
        '[click](javascript:alert(1)) <b>x</b>',
        '[click](javascript:alert(1)) <b>x</b>',
      ],
      ['blank lines collapse, trailing spaces go', 'a  \n\n\n\nb\u0000', 'a\n\nb'],
    ];
    for (const [name, content, expected] of cases) {
      it(name, async () => assert.equal((await md(content)).text, expected));
    }
  });
});
