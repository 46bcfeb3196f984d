import assert from 'node:assert/strict';
import { reportQueries } from '../../../skills/reports/reportQueries';

describe('reportQueries', () => {
  const cases: [string, string | undefined, string[]][] = [
    [
      'brake system validation',
      undefined,
      [
        'brake system validation',
        'brake system validation requirements',
        'brake system validation results',
        'brake system validation risks',
        'brake system validation actions',
      ],
    ],
    [
      '  NMP-E   charging ',
      'Please focus more on the Plug & Charge details',
      [
        'NMP-E charging Plug Charge',
        'NMP-E charging',
        'NMP-E charging requirements',
        'NMP-E charging results',
        'NMP-E charging risks',
        'NMP-E charging actions',
      ],
    ],
    [
      'brakes',
      'add more detail please',
      ['brakes', 'brakes requirements', 'brakes results', 'brakes risks', 'brakes actions'],
    ],
  ];
  for (const [topic, changes, expected] of cases) {
    it(`${JSON.stringify(topic)} + ${JSON.stringify(changes)}`, () =>
      assert.deepEqual(
        reportQueries(topic, changes).map((q) => q.query),
        expected,
      ));
  }
  it('requires focus and aspect queries to mention their words', () =>
    assert.deepEqual(
      reportQueries('brakes', 'focus on pads').map((q) => q.mustMention.length > 0),
      [true, false, true, true, true, true],
    ));
  it('words each missing aspect as an open question', () =>
    assert.equal(reportQueries('brakes')[3]?.missing, 'No documents you can access cover brakes risks.'));
});
