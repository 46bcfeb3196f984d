import assert from 'node:assert/strict';
import { AppError, toAppError } from '../../skills/errors/AppError';

describe('toAppError', () => {
  const table: [string, unknown, string, RegExp | undefined][] = [
    ['an AppError as is', new AppError('invalid_json'), 'invalid_json', /not valid JSON/],
    [
      'a lower-layer error with a catalog code',
      Object.assign(new Error('secret host 10.0.0.5 said 503'), { code: 'search_unavailable' }),
      'search_unavailable',
      /unavailable/,
    ],
    [
      'a model timeout',
      Object.assign(new Error('x'), { code: 'model_timeout' }),
      'model_timeout',
      /too long/,
    ],
    [
      'an unknown code',
      Object.assign(new Error('ENOENT /etc/x'), { code: 'ENOENT' }),
      'internal_error',
      /went wrong/,
    ],
    ['a plain Error', new Error('boom at line 3'), 'internal_error', /went wrong/],
    ['a string', 'boom', 'internal_error', undefined],
    [
      'a prototype key as code',
      Object.assign(new Error('x'), { code: 'toString' }),
      'internal_error',
      undefined,
    ],
  ];
  for (const [name, error, code, message] of table) {
    it(name, () => {
      const appError = toAppError(error);
      assert.equal(appError.code, code);
      if (message) assert.match(appError.userMessage, message);
      assert.doesNotMatch(appError.userMessage, /10\.0\.0\.5|ENOENT|line 3/);
    });
  }
});
