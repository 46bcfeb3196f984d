import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defaultOrganisationProfile } from '../../../knowledge/profile/defaultOrganisationProfile';
import {
  loadOrganisationProfile,
  parseOrganisationProfile,
} from '../../../knowledge/profile/loadOrganisationProfile';
import { allBrandsLabel, brandName, brandValues, languageList } from '../../../knowledge/profile/profileText';

const SAMPLE = path.join(__dirname, '../../../knowledge/sample/organisation.yaml');

describe('loadOrganisationProfile', () => {
  it('loads the sample profile', () => {
    const profile = loadOrganisationProfile(SAMPLE);
    assert.equal(profile.name, 'Norvik Motor Group');
    assert.deepEqual(brandValues(profile), ['aurex', 'velora', 'kestrel', 'brava', 'group']);
    assert.deepEqual(
      profile.ticketCategories.map((c) => c.id),
      ['it', 'lab', 'facilities', 'engineering', 'quality', 'other'],
    );
    assert.ok(profile.examples.questions.length >= 3);
    assert.ok(profile.glossary.some((entry) => entry.term === 'insulating gloves'));
  });

  it('gives the neutral default without a file', () => {
    const profile = loadOrganisationProfile(undefined);
    assert.equal(profile, defaultOrganisationProfile);
    assert.equal(profile.name, undefined);
    assert.deepEqual(brandValues(profile), []);
    assert.match(profile.assistantDescription, /your organisation/);
  });

  it('fills what a minimal file leaves out from the default', () => {
    const profile = parseOrganisationProfile({ name: 'Contoso' }, 'x.yaml');
    assert.equal(profile.name, 'Contoso');
    assert.match(profile.assistantDescription, /Contoso documents/);
    assert.deepEqual(profile.ticketCategories, defaultOrganisationProfile.ticketCategories);
    assert.deepEqual(profile.brands, []);
    assert.deepEqual(parseOrganisationProfile({}, 'x.yaml').brands, []);
  });

  const bad: [string, unknown, RegExp][] = [
    ['an unknown top-level key', { name: 'A', colour: 'red' }, /\(file\): Unrecognized key.*colour/],
    ['an unknown brand key', { brands: [{ id: 'a', name: 'A', logo: 'x' }] }, /brands\.0: Unrecognized key/],
    ['a bad brand id', { brands: [{ id: 'Big Brand', name: 'A' }] }, /brands\.0\.id: must be lower-case/],
    ['a reserved brand id', { brands: [{ id: 'group', name: 'All' }] }, /brands\.0\.id: "group" and "none"/],
    [
      'duplicate brand ids',
      {
        brands: [
          { id: 'a', name: 'A' },
          { id: 'a', name: 'B' },
        ],
      },
      /brands\.1: duplicate brand id "a"/,
    ],
    ['an empty name', { name: '' }, /name: /],
    ['a too long name', { name: 'x'.repeat(101) }, /name: /],
    ['too many examples', { examples: { questions: Array(11).fill('q?') } }, /examples\.questions: /],
    ['a bad language', { languages: ['English'] }, /languages\.0: must be a language code/],
    ['a synonym-less glossary entry', { glossary: [{ term: 'a', synonyms: [] }] }, /glossary\.0\.synonyms/],
    ['no ticket categories', { ticketCategories: [] }, /ticketCategories: /],
    ['a list where an object belongs', ['a'], /\(file\): /],
  ];
  for (const [what, raw, message] of bad) {
    it(`rejects ${what}, naming the file and the field`, () => {
      assert.throws(
        () => parseOrganisationProfile(raw, 'profiles/org.yaml'),
        (error: Error) =>
          error.message.startsWith('organisation profile profiles/org.yaml is invalid: ') &&
          message.test(error.message),
      );
    });
  }

  it('names every bad field in one error', () => {
    assert.throws(
      () =>
        parseOrganisationProfile({ name: '', languages: ['x1'], brands: [{ id: 'A', name: '' }] }, 'o.yaml'),
      (error: Error) =>
        ['name:', 'languages.0:', 'brands.0.id:', 'brands.0.name:'].every((f) => error.message.includes(f)),
    );
  });

  it('names the file when it is missing or not YAML', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'profile-'));
    try {
      const missing = path.join(dir, 'none.yaml');
      assert.throws(() => loadOrganisationProfile(missing), new RegExp(`organisation profile ${missing}`));
      const broken = path.join(dir, 'broken.yaml');
      fs.writeFileSync(broken, 'name: [unclosed');
      assert.throws(() => loadOrganisationProfile(broken), /organisation profile .*broken\.yaml/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('profileText', () => {
  const profile = loadOrganisationProfile(SAMPLE);
  it('names brands from the profile', () => {
    assert.equal(brandName(profile, 'brava'), 'Brava');
    assert.equal(brandName(profile, 'group'), 'Norvik Group (all brands)');
    assert.equal(brandName(profile, 'unlisted'), 'Unlisted');
    assert.equal(brandName(profile, undefined), '');
  });
  it('lists the document languages by name', () => {
    assert.equal(languageList(profile), 'English, German, French, and Italian');
    assert.equal(languageList(defaultOrganisationProfile), '');
  });
  it('labels all brands neutrally without a company', () => {
    assert.equal(allBrandsLabel(defaultOrganisationProfile), 'All brands');
    assert.equal(allBrandsLabel({ ...defaultOrganisationProfile, name: 'Contoso' }), 'Contoso (all brands)');
  });
});
