import assert from 'node:assert/strict';
import { ExtractionError } from '../../../knowledge/extract/ExtractionError';
import { extractPdf } from '../../../knowledge/extract/extractPdf';
import { fixtureBytes } from './tempFile';

describe('extractPdf', () => {
  it('reads the text layer, pages separated by a blank line', async () => {
    const result = await extractPdf({ fileName: 'sample.pdf', bytes: await fixtureBytes('sample.pdf') });
    assert.equal(
      result.text,
      [
        'Kestrel service bulletin',
        'Replace the cabin filter every 20000 km.',
        '',
        'Second page text about Brava vans.',
        'Literal: ${user.name} [click](javascript:alert(1)) {"a":',
      ].join('\n'),
    );
    assert.deepEqual(result.frontMatter, {});
  });

  it('leaves the caller buffer intact', async () => {
    const bytes = await fixtureBytes('sample.pdf');
    const copy = Buffer.from(bytes);
    await extractPdf({ fileName: 'sample.pdf', bytes });
    assert.ok(bytes.equals(copy));
  });

  const corrupt: [string, (pdf: Buffer) => Buffer][] = [
    ['header only', (pdf) => pdf.subarray(0, 300)],
    ['not a pdf', () => Buffer.from('<html>not a pdf</html>')],
    ['empty file', () => Buffer.alloc(0)],
  ];
  for (const [name, mangle] of corrupt) {
    it(`rejects ${name} with ExtractionError`, async () => {
      const bytes = mangle(await fixtureBytes('sample.pdf'));
      await assert.rejects(extractPdf({ fileName: 'broken.pdf', bytes }), (error: unknown) => {
        assert.ok(error instanceof ExtractionError);
        assert.match(error.message, /broken\.pdf/);
        return true;
      });
    });
  }
});
