import assert from 'node:assert/strict';
import { includesAcross } from '../../../knowledge/answer/passageForms';

describe('includesAcross', () => {
  it('answers what the joined string answers, for texts within one part or across several', () => {
    const parts = ['abc', 'd', '', 'efgh', 'ij', 'klmnop'];
    const joined = parts.join('');
    const texts = new Set<string>(['', 'x', 'ca', 'abd', 'fgi']);
    for (let start = 0; start < joined.length; start += 1)
      for (let end = start + 1; end <= joined.length; end += 1) texts.add(joined.slice(start, end));
    for (const text of texts) assert.equal(includesAcross(parts, text), joined.includes(text), text);
    assert.equal(includesAcross(parts, 'cdefghijk'), true);
    assert.equal(includesAcross(parts, 'cdefghijx'), false);
    assert.equal(includesAcross([], 'a'), false);
  });
});
