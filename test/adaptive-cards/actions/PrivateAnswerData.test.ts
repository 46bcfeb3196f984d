import assert from 'node:assert/strict';
import { PrivateAnswerData } from '../../../adaptive-cards/actions/PrivateAnswerData';

describe('PrivateAnswerData (the "Send me the full answer privately" button data)', () => {
  it('accepts a question', () =>
    assert.equal(PrivateAnswerData.safeParse({ question: 'When?' }).success, true));
  it('accepts a brand id', () =>
    assert.equal(PrivateAnswerData.safeParse({ question: 'When?', brand: 'velora' }).success, true));
  it('ignores the keys Teams merges in', () =>
    assert.equal(
      PrivateAnswerData.safeParse({ question: 'When?', verb: 'private_answer', msteams: {} }).success,
      true,
    ));
  it('refuses no question', () => assert.equal(PrivateAnswerData.safeParse({}).success, false));
  it('refuses a blank question', () =>
    assert.equal(PrivateAnswerData.safeParse({ question: '   ' }).success, false));
  it('refuses a question over 500 characters', () =>
    assert.equal(PrivateAnswerData.safeParse({ question: 'x'.repeat(501) }).success, false));
  it('refuses a non-string question', () =>
    assert.equal(PrivateAnswerData.safeParse({ question: 42 }).success, false));
  it('refuses a malformed brand', () =>
    assert.equal(PrivateAnswerData.safeParse({ question: 'When?', brand: 'Velora; drop' }).success, false));
});
