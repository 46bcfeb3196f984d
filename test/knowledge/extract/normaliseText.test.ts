import assert from 'node:assert/strict';
import { decodeUtf8, normaliseText } from '../../../knowledge/extract/normaliseText';

describe('normaliseText', () => {
  const cases: [string, string, string][] = [
    ['CRLF and lone CR become LF', 'a\r\nb\rc', 'a\nb\nc'],
    ['NUL and other C0 controls are removed', 'a\u0000b\u0007c\u001bd\u007fe', 'abcde'],
    ['tab and newline are kept', 'a\tb\nc', 'a\tb\nc'],
    ['trailing spaces and tabs are trimmed', 'a  \t\nb ', 'a\nb'],
    ['3+ line breaks collapse to one blank line', 'a\n\n\n\n\nb', 'a\n\nb'],
    ['blank lines made of spaces collapse too', 'a\n  \n \t\n\nb', 'a\n\nb'],
    ['leading and trailing blank lines go', '\n\n a\n\n', ' a'],
  ];
  for (const [name, input, expected] of cases) it(name, () => assert.equal(normaliseText(input), expected));

  it('is idempotent', () => {
    const once = normaliseText('x \r\n\r\n\r\n\u0000y\t \n');
    assert.equal(normaliseText(once), once);
  });
});

describe('decodeUtf8', () => {
  const cases: [string, number[], string][] = [
    ['strips a byte-order mark', [0xef, 0xbb, 0xbf, 0x68, 0x69], 'hi'],
    ['decodes multi-byte characters', [0x63, 0x61, 0x66, 0xc3, 0xa9], 'café'],
    ['replaces invalid bytes instead of throwing', [0x61, 0xff, 0x62], 'a\ufffdb'],
  ];
  for (const [name, bytes, expected] of cases) {
    it(name, () => assert.equal(decodeUtf8(Uint8Array.from(bytes)), expected));
  }
});
