import assert from 'node:assert/strict';
import {
  ExtractionError,
  MAX_INPUT_BYTES,
  UnsupportedFormatError,
  extensionOf,
  extractText,
} from '../../../knowledge/extract/extractText';
import { fixtureBytes, tempFileBytes } from './tempFile';

const HOSTILE = ['${user.name}', '[click](javascript:alert(1))', '{"a":'];
const HOSTILE_LINE = HOSTILE.join(' ');

describe('extractText', () => {
  describe('dispatches on the extension, case-insensitively', () => {
    const cases: [string, string, string][] = [
      ['notes.md', '# Fade test\n\nTen stops.', '# Fade test\n\nTen stops.'],
      ['NOTES.MARKDOWN', 'Fade test\n===\n\nTen stops.', '# Fade test\n\nTen stops.'],
      ['readme.txt', 'Fade test\n---\nTen stops.', '## Fade test\nTen stops.'],
      ['page.HTML', '<h1>Fade test</h1><p>Ten stops.</p>', '# Fade test\n\nTen stops.'],
      ['page.htm', '<h2>Fade test</h2><p>Ten stops.</p>', '## Fade test\n\nTen stops.'],
    ];
    for (const [name, content, expected] of cases) {
      it(name, async () => {
        const result = await extractText({ fileName: name, bytes: await tempFileBytes(name, content) });
        assert.equal(result.text, expected);
      });
    }
    it('docs/Sample.DOCX', async () => {
      const result = await extractText({
        fileName: 'docs/Sample.DOCX',
        bytes: await fixtureBytes('sample.docx'),
      });
      assert.match(result.text, /^# Brake testing\n/);
    });
    it('Sample.Pdf', async () => {
      const result = await extractText({ fileName: 'Sample.Pdf', bytes: await fixtureBytes('sample.pdf') });
      assert.match(result.text, /^Kestrel service bulletin\n/);
    });
  });

  describe('passes hostile content through as literal text', () => {
    const cases: [string, string][] = [
      ['hostile.md', `# Title\n\n${HOSTILE_LINE}\n`],
      ['hostile.txt', `${HOSTILE_LINE}\n`],
      ['hostile.html', `<p>${HOSTILE_LINE}</p>`],
    ];
    for (const [name, content] of cases) {
      it(name, async () => {
        const { text } = await extractText({ fileName: name, bytes: await tempFileBytes(name, content) });
        for (const literal of HOSTILE) assert.ok(text.includes(literal), `${literal} missing from ${text}`);
      });
    }
    for (const name of ['sample.docx', 'sample.pdf']) {
      it(name, async () => {
        const { text } = await extractText({ fileName: name, bytes: await fixtureBytes(name) });
        for (const literal of HOSTILE) assert.ok(text.includes(literal), `${literal} missing from ${text}`);
      });
    }
  });

  describe('rejects unsupported extensions with UnsupportedFormatError', () => {
    for (const name of ['slides.pptx', 'tool.exe', 'Makefile', '.md', 'archive.md.zip']) {
      it(name, async () => {
        await assert.rejects(extractText({ fileName: name, bytes: Buffer.from('x') }), (error: unknown) => {
          assert.ok(error instanceof UnsupportedFormatError);
          assert.equal(error.code, 'unsupported_format');
          assert.ok(error.message.includes(name));
          return true;
        });
      });
    }
  });

  describe('rejects corrupt input with ExtractionError naming the file', () => {
    const cases: [string, () => Promise<Buffer>][] = [
      ['truncated.docx', async () => (await fixtureBytes('sample.docx')).subarray(0, 1000)],
      ['random.docx', async () => Buffer.from('this is not a zip archive')],
      ['empty.docx', async () => Buffer.alloc(0)],
      ['truncated.pdf', async () => (await fixtureBytes('sample.pdf')).subarray(0, 300)],
      ['random.pdf', async () => Buffer.from('not a pdf at all')],
      ['empty.pdf', async () => Buffer.alloc(0)],
      ['bad-front-matter.md', async () => Buffer.from('---\ntitle: [unclosed\n---\nBody')],
    ];
    for (const [name, bytes] of cases) {
      it(name, async () => {
        await assert.rejects(extractText({ fileName: name, bytes: await bytes() }), (error: unknown) => {
          assert.ok(error instanceof ExtractionError, String(error));
          assert.equal(error.code, 'extraction_failed');
          assert.ok(error.message.includes(name), error.message);
          return true;
        });
      });
    }
    it('input over 50 MB', async () => {
      const bytes = Buffer.alloc(MAX_INPUT_BYTES + 1, 0x61);
      await assert.rejects(extractText({ fileName: 'huge.txt', bytes }), ExtractionError);
    });
  });

  it('accepts input of exactly 50 MB', async () => {
    const { text } = await extractText({ fileName: 'big.txt', bytes: Buffer.alloc(MAX_INPUT_BYTES, 0x61) });
    assert.equal(text.length, MAX_INPUT_BYTES);
  });

  describe('extensionOf', () => {
    const cases: [string, string][] = [
      ['a/b/Guide.PDF', '.pdf'],
      ['a\\b\\notes.Md', '.md'],
      ['dir.d/README', ''],
      ['.hidden', ''],
      ['x.tar.gz', '.gz'],
    ];
    for (const [name, expected] of cases) it(name, () => assert.equal(extensionOf(name), expected));
  });
});
