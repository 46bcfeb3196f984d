import assert from 'node:assert/strict';
import { searchWithFeedback } from '../../../knowledge/retrieve/searchWithFeedback';
import type { IndexedDocument } from '../../../knowledge/index/IndexedDocument';
import { useTempIndex } from '../../support/useTempIndex';

function doc(docId: string, access: string[], text: string): IndexedDocument {
  return {
    docId,
    title: docId,
    url: '',
    access,
    brand: 'group',
    language: 'en',
    modified: '2026-01-01T00:00:00Z',
    contentHash: docId,
    chunks: [{ chunkId: `${docId}#0`, docId, ordinal: 0, heading: '', text }],
  };
}

describe('searchWithFeedback', () => {
  const temp = useTempIndex('feedback-');
  beforeEach(async () => {
    await temp.index.upsert(
      doc(
        'leave.md',
        ['everyone'],
        'Parental leave: the second parent takes twelve weeks of paid leave after a birth.',
      ),
    );
    await temp.index.upsert(
      doc(
        'second.md',
        ['everyone'],
        'Second parent benefits: twelve weeks paid, requested through the portal.',
      ),
    );
    await temp.index.upsert(
      doc(
        'secret.md',
        ['group:hr'],
        'Second parent twelve weeks paid: confidential budget of the leave scheme.',
      ),
    );
    await temp.index.upsert(doc('travel.md', ['everyone'], 'Travel expenses are paid within twelve days.'));
  });

  it('finds a document in other words through the words of the first results', async () => {
    const plain = await temp.index.search('paternity leave', { principals: ['everyone'], top: 5 });
    assert.deepEqual(
      plain.map((p) => p.docId),
      ['leave.md'],
    );
    const widened = await searchWithFeedback(temp.index, 'paternity leave', {
      principals: ['everyone'],
      top: 5,
    });
    assert.equal(widened[0]?.docId, 'leave.md', 'the original ranking leads');
    assert.ok(
      widened.some((p) => p.docId === 'second.md'),
      widened.map((p) => p.docId).join(),
    );
  });

  it('never returns a passage the caller may not read, on either search', async () => {
    const widened = await searchWithFeedback(temp.index, 'paternity leave', {
      principals: ['everyone'],
      top: 10,
    });
    assert.ok(!widened.some((p) => p.docId === 'secret.md'));
    const hr = await searchWithFeedback(temp.index, 'paternity leave', {
      principals: ['everyone', 'group:hr'],
      top: 10,
    });
    assert.ok(hr.some((p) => p.docId === 'secret.md'));
  });

  it('returns nothing when the first search finds nothing, and respects top', async () => {
    assert.deepEqual(await searchWithFeedback(temp.index, 'zeppelin', { principals: ['everyone'] }), []);
    const one = await searchWithFeedback(temp.index, 'paternity leave', { principals: ['everyone'], top: 1 });
    assert.equal(one.length, 1);
  });
});
