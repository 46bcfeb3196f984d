import assert from 'node:assert/strict';
import { brandForPlace, documentBrandsOf } from '../../../knowledge/profile/brandForPlace';
import {
  loadOrganisationProfile,
  parseOrganisationProfile,
} from '../../../knowledge/profile/loadOrganisationProfile';

const profile = parseOrganisationProfile(
  {
    brands: [
      {
        id: 'fabrikam',
        name: 'Fabrikam',
        groups: ['brand-fabrikam'],
        teams: ['19:Fabrikam-Team@thread.tacv2', '6d1c0f5e-0000-4000-8000-000000000001'],
        channels: ['19:fabrikam-news@thread.tacv2'],
        indexBrands: ['fabrikam', 'fabrikam-trucks'],
        skills: ['ask_knowledge'],
      },
      { id: 'tailspin', name: 'Tailspin', channels: ['19:tailspin@thread.tacv2'] },
      { id: 'litware', name: 'Litware' },
    ],
    allowedGuestTenants: ['72f988bf-86f1-41af-91ab-2d7cd011db47'],
  },
  'x.yaml',
);

describe('brandForPlace', () => {
  const cases: [string, Parameters<typeof brandForPlace>[1], string | undefined][] = [
    ['a listed channel', { teamIds: [], channelId: '19:fabrikam-news@thread.tacv2' }, 'fabrikam'],
    [
      'a channel of a listed team (thread id, any case)',
      { teamIds: ['19:fabrikam-team@thread.tacv2'] },
      'fabrikam',
    ],
    [
      'a channel of a listed team (Entra group id)',
      { teamIds: ['x', '6d1c0f5e-0000-4000-8000-000000000001'] },
      'fabrikam',
    ],
    [
      'a listed channel in another brand’s team: the channel wins',
      { teamIds: ['19:fabrikam-team@thread.tacv2'], channelId: '19:tailspin@thread.tacv2' },
      'tailspin',
    ],
    [
      'an unlisted team and channel',
      { teamIds: ['19:other@thread.tacv2'], channelId: '19:x@thread.tacv2' },
      undefined,
    ],
    ['no team (1:1, group chat)', { teamIds: [] }, undefined],
  ];
  for (const [name, place, expected] of cases)
    it(name, () => assert.equal(brandForPlace(profile, place)?.id, expected));
});

describe('documentBrandsOf', () => {
  it('the index filter plus the group-wide values', () =>
    assert.deepEqual(documentBrandsOf(profile.brands[0]!), ['fabrikam', 'fabrikam-trucks', 'group', 'none']));
  it('the brand id when no index filter is given', () =>
    assert.deepEqual(documentBrandsOf(profile.brands[1]!), ['tailspin', 'group', 'none']));
});

describe('organisation profile: brand places and guest tenants', () => {
  it('keeps the brand’s places, filter and skills, and the allowed guest tenants', () => {
    const brand = profile.brands[0]!;
    assert.deepEqual(brand.skills, ['ask_knowledge']);
    assert.deepEqual(brand.indexBrands, ['fabrikam', 'fabrikam-trucks']);
    assert.equal(profile.brands[2]!.skills, undefined);
    assert.deepEqual(profile.allowedGuestTenants, ['72f988bf-86f1-41af-91ab-2d7cd011db47']);
  });
  const bad: [string, unknown, RegExp][] = [
    [
      'a channel listed for two brands',
      {
        brands: [
          { id: 'a', name: 'A', channels: ['19:c'] },
          { id: 'b', name: 'B', channels: ['19:C'] },
        ],
      },
      /brands\.1: "19:C" is listed for brands a and b/,
    ],
    [
      'a skill name that is not one',
      { brands: [{ id: 'a', name: 'A', skills: ['Ask Knowledge'] }] },
      /brands\.0\.skills\.0/,
    ],
    [
      'an empty index filter',
      { brands: [{ id: 'a', name: 'A', indexBrands: [] }] },
      /brands\.0\.indexBrands/,
    ],
    [
      'an index value with a comma',
      { brands: [{ id: 'a', name: 'A', indexBrands: ['a,b'] }] },
      /brands\.0\.indexBrands\.0/,
    ],
    ['a guest tenant that is not a GUID', { allowedGuestTenants: ['contoso.com'] }, /allowedGuestTenants\.0/],
  ];
  for (const [name, raw, message] of bad)
    it(`refuses ${name}`, () => assert.throws(() => parseOrganisationProfile(raw, 'x.yaml'), message));
});

describe('the sample profile demonstrates a brand channel', () => {
  it('its Aurex team and channel are Aurex places', () => {
    const sample = loadOrganisationProfile(`${__dirname}/../../../knowledge/sample/organisation.yaml`);
    assert.equal(brandForPlace(sample, { teamIds: ['19:aurex-marketing@thread.tacv2'] })?.id, 'aurex');
    assert.equal(
      brandForPlace(sample, { teamIds: [], channelId: '19:aurex-dealer-news@thread.tacv2' })?.id,
      'aurex',
    );
  });
});
