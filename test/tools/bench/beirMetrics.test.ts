import assert from 'node:assert/strict';
import { ndcgAtK, quantile, recallAtK } from '../../../tools/bench/beirMetrics';

const qrels = new Map([
  ['q1', new Map([['d1', 1]])],
  [
    'q2',
    new Map([
      ['d2', 1],
      ['d3', 1],
    ]),
  ],
]);

describe('beirMetrics', () => {
  it('nDCG@10 is 1 for perfect runs', () => {
    assert.equal(
      ndcgAtK(
        qrels,
        new Map([
          ['q1', ['d1']],
          ['q2', ['d2', 'd3']],
        ]),
        10,
      ),
      1,
    );
  });
  it('nDCG@10 discounts by rank (log2)', () => {
    const value = ndcgAtK(new Map([['q1', new Map([['d1', 1]])]]), new Map([['q1', ['x', 'd1']]]), 10);
    assert.ok(Math.abs(value - 1 / Math.log2(3)) < 1e-12);
  });
  it('queries without results count as 0 (mean over all qrels queries)', () => {
    assert.equal(ndcgAtK(qrels, new Map([['q1', ['d1']]]), 10), 0.5);
  });
  it('nDCG ignores documents beyond k', () => {
    assert.equal(ndcgAtK(new Map([['q1', new Map([['d1', 1]])]]), new Map([['q1', ['a', 'b', 'd1']]]), 2), 0);
  });
  it('recall@k is the share of relevant found', () => {
    assert.equal(
      recallAtK(
        qrels,
        new Map([
          ['q1', ['d1']],
          ['q2', ['d2']],
        ]),
        100,
      ),
      0.75,
    );
  });
  it('quantile uses nearest rank', () => {
    assert.equal(quantile([5, 1, 3, 2, 4], 0.5), 3);
    assert.equal(quantile([5, 1, 3, 2, 4], 0.95), 5);
    assert.equal(quantile([], 0.5), 0);
  });
});
