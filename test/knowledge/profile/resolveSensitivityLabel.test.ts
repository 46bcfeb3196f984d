import assert from 'node:assert/strict';
import { parseOrganisationProfile } from '../../../knowledge/profile/loadOrganisationProfile';
import {
  mostRestrictiveLabel,
  quotableInGroup,
  resolveSensitivityLabel,
} from '../../../knowledge/profile/resolveSensitivityLabel';

const GUID = '2f1a0b9e-0000-4000-8000-00000000c0f1';
const profile = parseOrganisationProfile(
  {
    sensitivityLabels: [
      { id: 'public', name: 'Public' },
      { id: 'internal', name: 'Internal', description: 'Employees only' },
      { id: 'confidential', name: 'Confidential', aliases: [GUID, 'vertraulich'] },
    ],
    groupQuoteMaxLabel: 'internal',
  },
  'test',
);
const noMax = { ...profile, groupQuoteMaxLabel: undefined };

describe('resolveSensitivityLabel', () => {
  const cases: [string, string | undefined, string | undefined, number | undefined][] = [
    ['no value', undefined, undefined, undefined],
    ['a blank value', '  ', undefined, undefined],
    ['the id', 'internal', 'Internal', 1],
    ['the name, any case', 'CONFIDENTIAL', 'Confidential', 2],
    ['a Purview GUID alias', GUID.toUpperCase(), 'Confidential', 2],
    ['another alias, spaces around', ' vertraulich ', 'Confidential', 2],
    ['an unknown label: its own text, ranked above all', 'Top Secret', 'Top Secret', Infinity],
  ];
  for (const [name, value, expected, rank] of cases) {
    it(name, () => {
      const label = resolveSensitivityLabel(profile, value);
      assert.equal(label?.name, expected);
      assert.equal(label?.rank, rank);
    });
  }
  it('carries the description', () =>
    assert.equal(resolveSensitivityLabel(profile, 'internal')?.description, 'Employees only'));
});

describe('mostRestrictiveLabel', () => {
  const cases: [string, (string | undefined)[], string | undefined][] = [
    ['no labels', [undefined, undefined], undefined],
    ['one label among unlabelled documents', [undefined, 'public'], 'Public'],
    ['the highest rank', ['internal', 'public', GUID], 'Confidential'],
    ['an unknown label wins (fail closed)', ['confidential', 'mystery'], 'mystery'],
  ];
  for (const [name, values, expected] of cases) {
    it(name, () => assert.equal(mostRestrictiveLabel(profile, values)?.name, expected));
  }
});

describe('quotableInGroup', () => {
  const cases: [string, string | undefined, boolean][] = [
    ['unlabelled', undefined, true],
    ['below the level', 'public', true],
    ['at the level', 'internal', true],
    ['above the level', 'confidential', false],
    ['above the level, by GUID', GUID, false],
    ['an unknown label (fail closed)', 'mystery', false],
  ];
  for (const [name, value, expected] of cases) {
    it(name, () => assert.equal(quotableInGroup(profile, value), expected));
  }
  it('everything, without groupQuoteMaxLabel', () => {
    assert.equal(quotableInGroup(noMax, 'confidential'), true);
    assert.equal(quotableInGroup(noMax, 'mystery'), true);
  });
});

describe('profile sensitivity keys', () => {
  const bad: [string, unknown, RegExp][] = [
    [
      'groupQuoteMaxLabel naming no label',
      { sensitivityLabels: [{ id: 'public', name: 'Public' }], groupQuoteMaxLabel: 'secret' },
      /groupQuoteMaxLabel: "secret" is not the id of one of sensitivityLabels/,
    ],
    [
      'duplicate label ids',
      {
        sensitivityLabels: [
          { id: 'public', name: 'Public' },
          { id: 'public', name: 'Open' },
        ],
      },
      /sensitivityLabels\.1: duplicate sensitivity label id "public"/,
    ],
    ['a label without a name', { sensitivityLabels: [{ id: 'public' }] }, /sensitivityLabels\.0\.name/],
    ['an unknown label key', { sensitivityLabels: [{ id: 'p', name: 'P', colour: 'red' }] }, /colour/],
  ];
  for (const [name, raw, message] of bad) {
    it(`rejects ${name}`, () => assert.throws(() => parseOrganisationProfile(raw, 'bad.yaml'), message));
  }
  it('defaults to no labels and no group limit', () => {
    const plain = parseOrganisationProfile({}, 'plain.yaml');
    assert.deepEqual(plain.sensitivityLabels, []);
    assert.equal(plain.groupQuoteMaxLabel, undefined);
  });
});
