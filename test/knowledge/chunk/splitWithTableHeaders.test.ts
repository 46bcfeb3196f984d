import assert from 'node:assert/strict';
import { chunkDocument } from '../../../knowledge/chunk/chunkDocument';
import { findTables } from '../../../knowledge/chunk/findTables';
import { splitText } from '../../../knowledge/chunk/splitText';
import { splitWithTableHeaders } from '../../../knowledge/chunk/splitWithTableHeaders';

const rows = (count: number, cells = (i: number) => `| M${i} | ${100 + i} Nm | bolt ${i} |`): string[] =>
  Array.from({ length: count }, (_, i) => cells(i + 1));
const pipeTable = (count: number): string =>
  ['| Size | Torque | Part |', '| --- | ---: | --- |', ...rows(count)].join('\n');

describe('findTables', () => {
  const cases: [string, string, string[]][] = [
    ['markdown table with separator', pipeTable(2), ['| Size | Torque | Part |\n| --- | ---: | --- |']],
    ['extracted table without separator', 'Size | Torque\nM8 | 25 Nm\nM10 | 50 Nm', ['Size | Torque']],
    ['a lone row is not a table', 'Intro\n\n| just | one |\n\nEnd', []],
    ['header without data rows is not a table', '| a | b |\n| --- | --- |', []],
    ['rows inside a code fence are not a table', '```\n| a | b |\n| c | d |\n```', []],
  ];
  for (const [name, text, headers] of cases) {
    it(name, () =>
      assert.deepEqual(
        findTables(text).map((t) => t.header),
        headers,
      ),
    );
  }
});

describe('splitWithTableHeaders', () => {
  it('repeats the header (and separator) at the top of every piece that starts inside the table', () => {
    const text = `Torque values for wheel bolts.\n\n${pipeTable(40)}\n\nRetorque after 50 km.`;
    const pieces = splitWithTableHeaders(text, 300);
    assert.ok(pieces.length > 3);
    for (const piece of pieces.filter((p) => p.includes('| M'))) {
      assert.ok(piece.startsWith('| Size | Torque | Part |\n| --- | ---: | --- |\n'), piece);
    }
    for (const piece of pieces) assert.ok(piece.length <= 300, `${piece.length} > 300`);
  });
  it('keeps every row exactly once, in order', () => {
    const text = pipeTable(40);
    const seen = splitWithTableHeaders(text, 250)
      .flatMap((piece) => piece.split('\n'))
      .filter((line) => line.startsWith('| M'));
    assert.deepEqual(seen, rows(40));
  });
  it('works for extracted (HTML, Word) tables without a separator line', () => {
    const text = ['Size | Torque', ...rows(30, (i) => `M${i} | ${100 + i} Nm`)].join('\n');
    const pieces = splitWithTableHeaders(text, 120);
    assert.ok(pieces.length > 2);
    for (const piece of pieces) assert.match(piece, /^Size \| Torque\n/);
  });
  it('is plain splitText when no piece starts inside a table', () => {
    const text = `${'Prose sentence here. '.repeat(30)}\n\n${pipeTable(2)}`;
    assert.deepEqual(splitWithTableHeaders(text, 400), splitText(text, 400));
  });
  it('does not repeat a header that would leave less than half the room for rows', () => {
    const header = `| ${'Very long header '.repeat(10)} | x |`;
    const text = [header, '| --- | --- |', ...rows(20)].join('\n');
    assert.deepEqual(splitWithTableHeaders(text, 200), splitText(text, 200));
  });
});

describe('chunkDocument with a long table', () => {
  it('gives every chunk of the table its header row', () => {
    const chunks = chunkDocument({ docId: 'd', text: `# Torque\n\n${pipeTable(80)}` }, { maxChars: 500 });
    assert.ok(chunks.length > 2);
    for (const chunk of chunks) {
      assert.equal(chunk.heading, 'Torque');
      assert.ok(chunk.text.startsWith('| Size | Torque | Part |\n| --- | ---: | --- |'), chunk.text);
    }
  });
});
