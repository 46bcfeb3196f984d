import assert from 'node:assert/strict';
import { chunkDocument, chunkIdFor } from '../../../knowledge/chunk/chunkDocument';

const sentence = (i: number): string => `Sentence number ${i} talks about brake fade on the NMP-E platform.`;
const paragraph = (from: number, count: number): string =>
  Array.from({ length: count }, (_, i) => sentence(from + i)).join(' ');
const words = (text: string): string[] => text.split(/\s+/).filter((w) => w !== '');
const bodyWords = (text: string): string[] =>
  words(
    text
      .split('\n')
      .filter((line) => !/^#{1,6} /.test(line))
      .join('\n'),
  );

describe('chunkDocument', () => {
  describe('heading paths', () => {
    const text = [
      'Preamble before any heading.',
      '# Brake testing',
      'Overview of brake tests.',
      '## Fade test',
      'Ten stops.',
      '### Cooling',
      'Thirty seconds.',
      '## Wet test',
      'Water spray.',
      '# Steering',
      'Rack checks.',
      '### Skipped level',
      'Still under Steering.',
    ].join('\n\n');
    const expected: [string, string][] = [
      ['', 'Preamble before any heading.'],
      ['Brake testing', 'Overview of brake tests.'],
      ['Brake testing > Fade test', 'Ten stops.'],
      ['Brake testing > Fade test > Cooling', 'Thirty seconds.'],
      ['Brake testing > Wet test', 'Water spray.'],
      ['Steering', 'Rack checks.'],
      ['Steering > Skipped level', 'Still under Steering.'],
    ];
    const chunks = chunkDocument({ docId: 'doc.md', text }, { minChars: 0 });
    expected.forEach(([heading, body], i) => {
      it(`${i}: "${heading}"`, () => {
        assert.equal(chunks[i].heading, heading);
        assert.equal(chunks[i].text, body);
        assert.equal(chunks[i].ordinal, i);
        assert.equal(chunks[i].docId, 'doc.md');
      });
    });
    it('no extra chunks', () => assert.equal(chunks.length, expected.length));
  });

  describe('edge cases', () => {
    const cases: [string, string, [string, string][]][] = [
      ['empty document', '', []],
      ['whitespace-only document', ' \n\n\t \n', []],
      ['headings without bodies', '# A\n\n## B\n\n# C', []],
      ['heading with empty parent body', '# A\n\n## B\n\nbody', [['A > B', 'body']]],
      [
        '# inside a code fence is not a heading',
        '# A\n\n```\n# comment\n```',
        [['A', '```\n# comment\n```']],
      ],
      ['#hashtag is not a heading', '#hashtag text', [['', '#hashtag text']]],
      ['closing #s are dropped from the heading', '## Title ##\n\nx', [['Title', 'x']]],
    ];
    for (const [name, text, expected] of cases) {
      it(name, () => {
        const chunks = chunkDocument({ docId: 'd', text });
        assert.deepEqual(
          chunks.map((c) => [c.heading, c.text]),
          expected,
        );
      });
    }
  });

  describe('long sections split within maxChars', () => {
    const cases: [string, string, number][] = [
      ['at paragraph boundaries', [paragraph(0, 6), paragraph(6, 6), paragraph(12, 6)].join('\n\n'), 500],
      ['at sentence boundaries', paragraph(0, 40), 300],
      [
        'at lines (list items)',
        Array.from({ length: 60 }, (_, i) => `- item ${i} checks a pad`).join('\n'),
        200,
      ],
      ['at words when there are no sentences', 'word '.repeat(500), 120],
      ['hard, for one overlong word', 'x'.repeat(1000), 300],
    ];
    for (const [name, body, maxChars] of cases) {
      it(name, () => {
        const text = `# Section\n\n${body}`;
        const chunks = chunkDocument({ docId: 'd', text }, { maxChars });
        assert.ok(chunks.length > 1, 'expected several chunks');
        for (const chunk of chunks) {
          assert.ok(chunk.text.length <= maxChars, `${chunk.text.length} > ${maxChars}`);
          assert.ok(chunk.text.trim() !== '' && chunk.text === chunk.text.trim());
          assert.equal(chunk.heading, 'Section');
        }
        assert.equal(chunks.map((c) => c.text.replace(/\s+/g, '')).join(''), body.replace(/\s+/g, ''));
      });
    }

    it('never cuts inside a word when words fit', () => {
      const body = paragraph(0, 40);
      const chunks = chunkDocument({ docId: 'd', text: body }, { maxChars: 150 });
      assert.deepEqual(
        chunks.flatMap((c) => words(c.text)),
        words(body),
      );
    });

    it('keeps paragraphs whole when they fit', () => {
      const paragraphs = [paragraph(0, 5), paragraph(5, 5), paragraph(10, 5)];
      const chunks = chunkDocument({ docId: 'd', text: paragraphs.join('\n\n') }, { maxChars: 400 });
      assert.deepEqual(
        chunks.map((c) => c.text),
        paragraphs,
      );
    });

    it('does not split a surrogate pair', () => {
      const chunks = chunkDocument({ docId: 'd', text: 'a' + '😀'.repeat(20) }, { maxChars: 10 });
      for (const chunk of chunks) assert.ok(!/^[\udc00-\udfff]|[\ud800-\udbff]$/.test(chunk.text));
    });
  });

  describe('tiny sections merge', () => {
    it('into the next sibling, keeping the first heading and the later heading line', () => {
      const text = '# Brakes\n\n## Pads\n\nShort.\n\n## Discs\n\nAlso short.';
      const chunks = chunkDocument({ docId: 'd', text });
      assert.deepEqual(
        chunks.map((c) => [c.heading, c.text]),
        [['Brakes > Pads', 'Short.\n\n## Discs\n\nAlso short.']],
      );
    });
    it('repeatedly while the result stays tiny', () => {
      const text = '## A\n\na\n\n## B\n\nb\n\n## C\n\nc';
      assert.equal(chunkDocument({ docId: 'd', text }).length, 1);
    });
    it('not across different parents', () => {
      const text = '# One\n\n## A\n\nShort.\n\n# Two\n\n## B\n\nShort too.';
      const chunks = chunkDocument({ docId: 'd', text });
      assert.deepEqual(
        chunks.map((c) => c.heading),
        ['One > A', 'Two > B'],
      );
    });
    it('not into a child section', () => {
      const text = '# Brakes\n\nIntro.\n\n## Pads\n\nShort.';
      assert.deepEqual(
        chunkDocument({ docId: 'd', text }).map((c) => c.heading),
        ['Brakes', 'Brakes > Pads'],
      );
    });
    it('not when the result would exceed maxChars', () => {
      const text = `## A\n\nShort.\n\n## B\n\n${paragraph(0, 20)}`;
      const chunks = chunkDocument({ docId: 'd', text }, { maxChars: 1200 });
      assert.equal(chunks[0].text, 'Short.');
      assert.equal(chunks[0].heading, 'A');
    });
    it('not when minChars is 0', () => {
      const text = '## A\n\na\n\n## B\n\nb';
      assert.equal(chunkDocument({ docId: 'd', text }, { minChars: 0 }).length, 2);
    });
  });

  describe('chunk ids', () => {
    const text = `# Intro\n\n${paragraph(0, 30)}\n\n# Details\n\n${paragraph(30, 30)}`;
    const run = (t: string, docId = 'doc') => chunkDocument({ docId, text: t }).map((c) => c.chunkId);

    it('are stable across runs', () => assert.deepEqual(run(text), run(text)));
    it('are 24 lower-case hex chars', () => {
      for (const id of run(text)) assert.match(id, /^[0-9a-f]{24}$/);
    });
    it('are unique within a document', () => assert.equal(new Set(run(text)).size, run(text).length));
    it('change when the text changes', () => {
      const before = run(text);
      const after = run(text.replace('Sentence number 0 ', 'Sentence number zero '));
      assert.notEqual(after[0], before[0]);
    });
    it('change with the document id', () => assert.notDeepEqual(run(text, 'a'), run(text, 'b')));
    it('follow the documented formula', () => {
      const [chunk] = chunkDocument({ docId: 'd', text: '# H\n\nbody' });
      assert.equal(chunk.chunkId, chunkIdFor('d', 0, 'H', 'body'));
      assert.equal(chunkIdFor('d', 0, 'H', 'body'), chunkIdFor('d', 0, 'H', 'body'));
      assert.notEqual(chunkIdFor('d', 0, 'H', 'body'), chunkIdFor('d', 1, 'H', 'body'));
    });
  });

  it('preserves every non-heading word, in order, with no empty chunks', () => {
    const text = [
      'Lead-in paragraph.',
      '# Brake testing',
      paragraph(0, 25),
      '## Fade test',
      'Tiny.',
      '## Wet test',
      `${paragraph(25, 10)}\n- list item one\n- list item two`,
      '# Table',
      'Brand | City\nAurex | Stuttgart\nVelora | Modena',
      '# Long word',
      'y'.repeat(700),
    ].join('\n\n');
    const chunks = chunkDocument({ docId: 'd', text }, { maxChars: 300, minChars: 50 });
    for (const chunk of chunks) assert.ok(chunk.text.trim().length > 0);
    assert.equal(bodyWords(chunks.map((c) => c.text).join(' ')).join(''), bodyWords(text).join(''));
  });

  describe('rejects invalid options', () => {
    const cases: [string, { maxChars?: number; minChars?: number }][] = [
      ['maxChars 0', { maxChars: 0 }],
      ['maxChars fractional', { maxChars: 10.5 }],
      ['minChars negative', { minChars: -1 }],
      ['minChars NaN', { minChars: Number.NaN }],
    ];
    for (const [name, options] of cases) {
      it(name, () => assert.throws(() => chunkDocument({ docId: 'd', text: 'x' }, options), RangeError));
    }
  });
});
