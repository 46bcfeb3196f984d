import assert from 'node:assert/strict';
import { expandWithGlossary, MAX_EXPANSIONS } from '../../../knowledge/profile/expandWithGlossary';

const glossary = [
  { term: 'insulating gloves', synonyms: ['HV gloves'] },
  { term: 'second parent leave', synonyms: ['paternity leave'] },
  { term: 'NMP-E', synonyms: ['electric platform'] },
];

describe('expandWithGlossary', () => {
  const cases: [string, string[]][] = [
    ['Which insulating gloves do I need?', ['HV gloves']],
    ['Which HV gloves do I need?', ['insulating gloves']],
    ['which hv GLOVES?', ['insulating gloves']],
    ['How long is paternity leave?', ['second parent leave']],
    ['How long is second   parent leave?', ['paternity leave']],
    ['NMP-E range and paternity leave', ['second parent leave', 'electric platform']],
    ['NMP-EX battery', []],
    ['gloves for the workshop', []],
    ['preinsulating gloves', []],
    ['insulating gloves or HV gloves?', []],
    ['', []],
  ];
  for (const [question, expected] of cases) {
    it(`${JSON.stringify(question)} -> ${JSON.stringify(expected)}`, () => {
      assert.deepEqual(expandWithGlossary(question, glossary), expected);
    });
  }

  it('treats regex characters in terms literally', () => {
    assert.deepEqual(expandWithGlossary('what is C++ style?', [{ term: 'C++', synonyms: ['cpp'] }]), ['cpp']);
    assert.deepEqual(expandWithGlossary('what is Cxx style?', [{ term: 'C.+', synonyms: ['cpp'] }]), []);
  });

  it('returns each form once and at most MAX_EXPANSIONS', () => {
    const many = [
      { term: 'car', synonyms: Array.from({ length: 20 }, (_, i) => `auto${i}`).concat('AUTO0') },
    ];
    const found = expandWithGlossary('my car', many);
    assert.equal(found.length, MAX_EXPANSIONS);
    assert.equal(new Set(found.map((f) => f.toLowerCase())).size, found.length);
  });

  it('is empty without a glossary', () => {
    assert.deepEqual(expandWithGlossary('insulating gloves', []), []);
  });
});
