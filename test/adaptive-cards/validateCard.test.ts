import assert from 'node:assert/strict';
import { validateCard } from './validateCard';

const card = (body: unknown[], extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  type: 'AdaptiveCard',
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
  version: '1.5',
  body,
  ...extra,
});
const text = (t: string): Record<string, unknown> => ({ type: 'TextBlock', text: t, wrap: true });

describe('validateCard', () => {
  it('accepts a minimal 1.5 card', () => {
    assert.deepEqual(validateCard(card([text('hello')])), []);
  });

  const bad: [string, unknown, RegExp][] = [
    ['version 1.6', card([text('x')], { version: '1.6' }), /above 1\.5/],
    ['numeric version', card([text('x')], { version: 1.5 }), /not a string/],
    ['unknown element', card([{ type: 'Foo' }]), /UnknownElementType/],
    [
      'unknown action',
      card([text('x')], { actions: [{ type: 'Action.Bogus', title: 'b' }] }),
      /UnknownActionType/,
    ],
    [
      'duplicate ids',
      card([
        { ...text('a'), id: 'x' },
        { ...text('b'), id: 'x' },
      ]),
      /DuplicateId/,
    ],
    [
      'javascript OpenUrl',
      card([text('x')], { actions: [{ type: 'Action.OpenUrl', title: 'o', url: 'javascript:alert(1)' }] }),
      /not http/,
    ],
    ['file markdown link', card([text('[a](file:///etc/passwd)')]), /markdown link target/],
    [
      'missing toggle target',
      card([
        {
          type: 'ActionSet',
          actions: [{ type: 'Action.ToggleVisibility', title: 't', targetElements: ['nope'] }],
        },
      ]),
      /does not exist/,
    ],
    ['leftover template expression', card([text('${user.name}')]), /template expression/],
    ['control character', card([text('a\u0007b')]), /control character/],
    ['over 28 KB', card([text('x'.repeat(29 * 1024))]), /over 28672/],
    ['not a card', { type: 'Message', version: '1.5', body: [] }, /not AdaptiveCard/],
  ];
  for (const [name, input, expected] of bad) {
    it(`reports ${name}`, () => {
      const problems = validateCard(input);
      assert.ok(
        problems.some((p) => expected.test(p)),
        problems.join('\n') || '(no problems)',
      );
    });
  }
});
