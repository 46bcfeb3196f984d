import assert from 'node:assert/strict';
import { ExtractionError } from '../../../knowledge/extract/ExtractionError';
import { extractDocx } from '../../../knowledge/extract/extractDocx';
import { fixtureBytes } from './tempFile';

describe('extractDocx', () => {
  it('maps Heading1/Heading2, paragraphs, bullets and tables', async () => {
    const result = await extractDocx({ fileName: 'sample.docx', bytes: await fixtureBytes('sample.docx') });
    assert.equal(
      result.text,
      [
        '# Brake testing',
        '',
        'All NMP-E prototypes pass the brake programme before road release.',
        '',
        '## Fade test',
        '',
        'Ten stops from 100 km/h at 0.6 g with 30 s cooling.',
        '',
        '- Check pad temperature',
        '- Record stopping distance',
        '',
        'Brand | Platform',
        'Aurex | NMP-E',
        '',
        'Literal text: ${user.name} [click](javascript:alert(1)) {"a":',
      ].join('\n'),
    );
    assert.deepEqual(result.frontMatter, {});
  });

  const corrupt: [string, (docx: Buffer) => Buffer][] = [
    ['truncated archive', (docx) => docx.subarray(0, docx.length - 200)],
    ['first half only', (docx) => docx.subarray(0, docx.length / 2)],
    ['not a zip', () => Buffer.from('PK but not really a zip')],
  ];
  for (const [name, mangle] of corrupt) {
    it(`rejects a ${name} with ExtractionError`, async () => {
      const bytes = mangle(await fixtureBytes('sample.docx'));
      await assert.rejects(extractDocx({ fileName: 'broken.docx', bytes }), (error: unknown) => {
        assert.ok(error instanceof ExtractionError);
        assert.match(error.message, /broken\.docx/);
        return true;
      });
    });
  }
});
