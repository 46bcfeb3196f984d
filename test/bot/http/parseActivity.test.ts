import assert from 'node:assert/strict';
import { parseActivity } from '../../../bot/http/parseActivity';
import { AppError } from '../../../skills/errors/AppError';

const base = {
  type: 'message',
  channelId: 'msteams',
  serviceUrl: 'https://smba.trafficmanager.net/emea/',
  conversation: { id: 'c1' },
  from: { id: 'u1' },
  recipient: { id: 'bot' },
};

describe('parseActivity: the activity schema at the boundary', () => {
  const accepted: [string, Record<string, unknown>][] = [
    ['a minimal message', base],
    ['a locale', { ...base, locale: 'fr-FR' }],
    ['unknown fields (they pass through)', { ...base, channelData: { tenant: { id: 't1' } } }],
  ];
  for (const [name, body] of accepted)
    it(`accepts ${name}`, () => assert.equal(parseActivity(body).type, 'message'));

  const refused: [string, unknown][] = [
    ['a locale that is not a string', { ...base, locale: [] }],
    ['a locale longer than 64 characters', { ...base, locale: 'x'.repeat(65) }],
    ['no conversation id', { ...base, conversation: {} }],
    ['a serviceUrl that is not http(s)', { ...base, serviceUrl: 'file:///etc/passwd' }],
    ['text over 28,000 characters', { ...base, text: 'a'.repeat(28_001) }],
    ['a body that is not an object', 'message'],
  ];
  for (const [name, body] of refused)
    it(`refuses ${name} as invalid_activity`, () =>
      assert.throws(
        () => parseActivity(body),
        (error: unknown) => error instanceof AppError && error.code === 'invalid_activity',
      ));
});
