import assert from 'node:assert/strict';
import { validateResponseTemplate } from '../../../tools/package/validateResponseTemplate';
import type { Json } from '../../../tools/package/jsonPath';
import { responseCardTemplate } from '../../../tools/package/responseCardTemplate';

const sample: Json = {
  skill: 'ask_knowledge',
  text: 'Six [1].',
  aiGenerated: true,
  citations: [{ n: 1, title: 'T', url: 'https://example.com/a' }],
};
const card = (extra: Record<string, Json>): Json => ({
  type: 'AdaptiveCard',
  version: '1.5',
  body: [{ type: 'TextBlock', text: '${text}' }],
  ...extra,
});
const check = (template: Json) =>
  validateResponseTemplate(template, [sample], 'ai-plugin.json', 'functions[0].t');

describe('validateResponseTemplate (tools/package/validateResponseTemplate.ts)', () => {
  it('accepts the real response card template of every kind of result', () => {
    assert.deepEqual(check(responseCardTemplate({ title: 'Ask the knowledge base' }) as Json), []);
  });

  it('accepts version 1.0 through 1.5', () => {
    for (const version of ['1.0', '1.2', '1.5']) assert.deepEqual(check(card({ version })), [], version);
  });

  it('rejects version 1.6 at the version field, with the fix', () => {
    const [problem] = check(card({ version: '1.6' }));
    assert.equal(problem?.field, 'functions[0].t.version');
    assert.match(problem?.message ?? '', /is 1\.6, above 1\.5/);
    assert.match(problem?.fix ?? '', /"version": "1\.5"/);
  });

  it('rejects version 2.0 and a non-string version', () => {
    assert.equal(check(card({ version: '2.0' })).length, 1);
    assert.equal(check(card({ version: 1.5 })).length, 1);
  });

  it('rejects a type other than AdaptiveCard', () => {
    assert.equal(check(card({ type: 'HeroCard' }))[0]?.field, 'functions[0].t.type');
  });

  it('rejects a template over 28 KB', () => {
    assert.match(
      check(card({ body: [{ type: 'TextBlock', text: 'x'.repeat(29 * 1024) }] }))[0]?.message ?? '',
      /over the 28672-byte/,
    );
  });

  it('rejects an element the Adaptive Cards parser does not know', () => {
    assert.match(check(card({ body: [{ type: 'Carousel' }] }))[0]?.message ?? '', /parser/);
  });
});
