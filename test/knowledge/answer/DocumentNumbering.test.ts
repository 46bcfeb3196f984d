import assert from 'node:assert/strict';
import { DocumentNumbering } from '../../../knowledge/answer/DocumentNumbering';
import type { Passage } from '../../../knowledge/index/Passage';

const passage = (docId: string, chunkId: string): Passage =>
  ({ docId, chunkId, title: docId, url: '', heading: '', text: chunkId }) as Passage;

describe('DocumentNumbering: documents numbered by first use', () => {
  it('numbers documents 1..d in order of first use; a later chunk reuses its document’s number', () => {
    const numbering = new DocumentNumbering((p, n) => ({ n, firstChunk: p.chunkId }));
    assert.equal(numbering.cite(passage('b', 'b#1')).n, 1);
    assert.equal(numbering.cite(passage('a', 'a#3')).n, 2);
    assert.equal(numbering.cite(passage('b', 'b#2')).n, 1);
    assert.deepEqual(numbering.entries(), [
      { n: 1, firstChunk: 'b#1' },
      { n: 2, firstChunk: 'a#3' },
    ]);
  });

  it('gives each document number once per list, in order of appearance', () => {
    const numbering = new DocumentNumbering((_, n) => ({ n }));
    const ps = [passage('x', 'x#1'), passage('y', 'y#1'), passage('x', 'x#2'), passage('z', 'z#1')];
    assert.deepEqual(numbering.numbers(ps), [1, 2, 3]);
    assert.deepEqual(numbering.numbers([passage('z', 'z#9'), passage('x', 'x#9')]), [3, 1]);
  });
});
