import assert from 'node:assert/strict';
import { ExtractionError } from '../../../knowledge/extract/ExtractionError';
import { extractMarkdown } from '../../../knowledge/extract/extractMarkdown';
import { extractText } from '../../../knowledge/extract/extractText';
import { tempFileBytes } from './tempFile';

async function md(content: string, fileName = 'guide.md') {
  return extractMarkdown({ fileName, bytes: await tempFileBytes(fileName, content) });
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
        'links stay literal, HTML tags are reduced to their text',
        '[click](javascript:alert(1)) <b>x</b>',
        '[click](javascript:alert(1)) x',
      ],
      [
        'unknown angle-bracket words stay',
        'Set <YOUR-ID> and <arg name="x"/>',
        'Set <YOUR-ID> and <arg name="x"/>',
      ],
      ['blank lines collapse, trailing spaces go', 'a  \n\n\n\nb\u0000', 'a\n\nb'],
      [
        'table rows lose their alignment padding',
        '|  Size   |   Torque |\n| :------ | -------: |\n|  M8     |   25 Nm  |',
        '| Size | Torque |\n| :--- | ---: |\n| M8 | 25 Nm |',
      ],
      [
        'table-like lines in code fences keep their spaces',
        '```\n|  a  |  b  |\n```',
        '```\n|  a  |  b  |\n```',
      ],
    ];
    for (const [name, content, expected] of cases) {
      it(name, async () => assert.equal((await md(content)).text, expected));
    }
  });

  describe('markdown extensions', () => {
    for (const name of ['a.md', 'a.markdown', 'a.mdown', 'a.mkd', 'a.mkdn', 'a.MDX']) {
      it(name, async () => {
        const result = await extractText({
          fileName: name,
          bytes: await tempFileBytes(name, '---\ntitle: T\n---\nBody'),
        });
        assert.deepEqual(result, { text: 'Body', frontMatter: { title: 'T' } });
      });
    }
  });

  describe('docs-site markup is reduced to text', () => {
    const cases: [string, string, string, string?][] = [
      [
        'Docs include dropped',
        'Intro\n\n[!INCLUDE [setup](../includes/setup.md)]\n\nAfter',
        'Intro\n\nAfter',
      ],
      [
        'Docs callout: marker dropped, text kept',
        '> [!NOTE]\n> Keep the key safe.\n\nNext',
        'Keep the key safe.\n\nNext',
      ],
      ['callout with a title', '> [!WARNING] Heads up\n> Do not unplug.', 'Heads up\nDo not unplug.'],
      ['plain quotes stay quotes', '> quoted', '> quoted'],
      [':::note container', ':::note\nUse short labels.\n:::\n\nAfter', 'Use short labels.\n\nAfter'],
      [':::tip[Title] container keeps its title', ':::tip[Good to know]\nText.\n:::', 'Good to know\nText.'],
      ['::: zone pivot markers dropped', '::: zone pivot="windows"\nRun setup.\n::: zone-end', 'Run setup.'],
      [
        'MkDocs admonition: de-indented text, title kept',
        '!!! note "Memory"\n\n    Lower the jobs.\n    It takes longer.\n\nAfter',
        'Memory\n\nLower the jobs.\nIt takes longer.\n\nAfter',
      ],
      [
        'MkDocs admonition without title',
        '!!! warning\n\n    Back up first.\n\nNext',
        'Back up first.\n\nNext',
      ],
      [
        'collapsible admonition with a code fence',
        '??? example "Output"\n\n    ```txt\n    {{ not a tag }}\n    ```\n\nAfter',
        'Output\n\n```txt\n{{ not a tag }}\n```\n\nAfter',
      ],
      ['content tab', '=== "Linux"\n\n    Use apt.\n', 'Linux\n\nUse apt.'],
      ['setext underline is not a tab', 'Title\n===\n\nText', '# Title\n\nText'],
      [
        'Nunjucks import and macro lines',
        '{% from "_example.njk" import example %}\n\nText\n\n{{ example({ group: "patterns", open: false }) }}\n\nMore',
        'Text\n\nMore',
      ],
      [
        'inline macro with nested braces',
        'Press {{ govukButton({ text: "Save", attributes: { id: "x" } }) }} now.',
        'Press now.',
      ],
      ['multi-line macro', 'A\n\n{{ govukInsetText({\n  text: "Hi"\n}) }}\n\nB', 'A\n\nB'],
      [
        'call block keeps its text',
        '{% call govukInsetText() %}\n12345 is your code\n{% endcall %}',
        '12345 is your code',
      ],
      ['Jinja comments', 'A {# note to self #} B\n{#\nlong\n#}\nC', 'A B\n\nC'],
      ['Liquid comment block', 'A\n{% comment %}\nhidden\n{% endcomment %}\nB', 'A\n\nB'],
      ['HTML comments, also multi-line', 'A <!-- x --> B\n<!--\nhidden\n-->\nC', 'A B\n\nC'],
      [
        'HTML block keeps its text',
        '<p align="center"><strong>Figure 1:</strong> Stack</p>',
        'Figure 1: Stack',
      ],
      ['<br> is a line break', 'one<br>two', 'one\ntwo'],
      [
        '<br> in a table cell is a space',
        '| a | b |\n| --- | --- |\n| one<br>two | x |',
        '| a | b |\n| --- | --- |\n| one two | x |',
      ],
      ['script and style dropped with content', 'A\n<style>p{color:red}</style>\nB', 'A\n\nB'],
      ['attribute lists dropped', '![Map](map.png){ align=center }', '![Map](map.png)'],
      ['heading id attribute dropped', '## Setup {#setup}', '## Setup'],
      [
        'code fences keep tags',
        '```njk\n{% set x = 1 %}\n{{ x }}\n<!-- c -->\n```',
        '```njk\n{% set x = 1 %}\n{{ x }}\n<!-- c -->\n```',
      ],
      [
        'raw markers go, raw content stays',
        '```njk\n{% raw %}\n{% set x = 1 %}\n{% endraw %}\n```',
        '```njk\n{% set x = 1 %}\n```',
      ],
      ['code spans keep tags', 'Use `{{ x }}` and `<div>` here.', 'Use `{{ x }}` and `<div>` here.'],
      [
        'raw region in prose stays literal',
        'Start with {% raw %}{% from "x" %}{% endraw %} first.',
        'Start with {% from "x" %} first.',
      ],
      ['unclosed tag stays text', 'a {{ b', 'a {{ b'],
      ['autolinks stay', 'See <https://example.com>.', 'See <https://example.com>.'],
      ['self-closing component in .md dropped', 'A\n\n<ChildPages path="x" />\n\nB', 'A\n\nB'],
      [
        'MDX: import/export lines dropped, multi-line too',
        "import {Box} from '@primer/react'\nimport {\n  A,\n} from 'b'\nexport default Layout\n\n# Title\n\nText",
        '# Title\n\nText',
        'page.mdx',
      ],
      [
        'MDX: graphql export dropped',
        'export const query = graphql`\n  query { a { b } }\n`\n\nText',
        'Text',
        'page.mdx',
      ],
      [
        'MDX: component text kept, nesting indentation dropped',
        '<Note variant="warning">\n  <Text sx={{display: \'block\', mb: 2}}>In progress</Text>\n  <Text>Read <Link to="/a">the guide</Link>.</Text>\n</Note>',
        'In progress\n\nRead the guide.',
        'page.mdx',
      ],
      [
        'MDX: self-closing and multi-line elements dropped',
        'A\n\n<img\n  width="960"\n  src="https://x/y.png"\n/>\n<StorybookEmbed framework="react" stories={[{id: \'a\'}]} />\n\nB',
        'A\n\nB',
        'page.mdx',
      ],
      [
        'MDX: Do/Dont caption text kept',
        '<DoDontContainer>\n  <Do>\n    <Caption>Use one label</Caption>\n  </Do>\n</DoDontContainer>',
        'Use one label',
        'page.mdx',
      ],
      [
        'MDX: block elements in a table cell keep the row on one line',
        '| Key | Action |\n| --- | --- |\n| <Box as="kbd" py={1}>Enter</Box> | Opens the menu. |',
        '| Key | Action |\n| --- | --- |\n| Enter | Opens the menu. |',
        'page.mdx',
      ],
      ['MDX: comments and expressions dropped', 'v{props.version} {/* todo */}ok', 'v ok', 'page.mdx'],
      [
        'MDX: code fence keeps JSX',
        '```jsx\n<Button onClick={() => {}} />\n```',
        '```jsx\n<Button onClick={() => {}} />\n```',
        'page.mdx',
      ],
    ];
    for (const [name, content, expected, fileName] of cases) {
      it(name, async () => assert.equal((await md(content, fileName)).text, expected));
    }
  });
});
