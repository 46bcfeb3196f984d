import assert from 'node:assert/strict';
import path from 'node:path';
import { loadOrganisationProfile } from '../../../knowledge/profile/loadOrganisationProfile';
import { extractReportParams } from '../../../skills/reports/extractReportParams';

const SAMPLE_PROFILE = loadOrganisationProfile(
  path.join(__dirname, '../../../knowledge/sample/organisation.yaml'),
);

describe('extractReportParams', () => {
  const withProfile: [string, ReturnType<typeof extractReportParams>][] = [
    [
      'on brake supplier quality for Brava in Q3 2025 for customers',
      { topic: 'brake supplier quality', brand: 'brava', period: 'Q3 2025', audience: 'customer' },
    ],
    ['on the Velora launch for the board', { topic: 'launch', brand: 'velora', audience: 'management' }],
    ['about Brava Cargo conversions', { topic: 'conversions', brand: 'brava' }],
    ['on corrosion testing', { topic: 'corrosion testing' }],
  ];
  for (const [text, expected] of withProfile) {
    it(`${JSON.stringify(text)} with the sample profile`, () => {
      assert.deepEqual(extractReportParams(text, SAMPLE_PROFILE), expected);
    });
  }
  it('finds no brand without a profile', () => {
    assert.deepEqual(extractReportParams('on brake supplier quality for Brava'), {
      topic: 'brake supplier quality for Brava',
    });
  });
});
