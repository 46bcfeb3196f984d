import assert from 'node:assert/strict';
import { AppError } from '../../../skills/errors/AppError';
import { localisedMessage } from '../../../skills/errors/localisedMessage';

describe('localisedMessage', () => {
  it('translates the catalog message of a code into the locale', () =>
    assert.match(
      localisedMessage(new AppError('search_unavailable'), 'fr-FR'),
      /^La recherche documentaire/u,
    ));
  it('keeps English for an absent or unsupported locale', () => {
    const error = new AppError('search_unavailable');
    assert.equal(localisedMessage(error, undefined), error.userMessage);
    assert.equal(localisedMessage(error, 'ja'), error.userMessage);
  });
  it('never replaces a thrower’s more specific message', () =>
    assert.equal(
      localisedMessage(
        new AppError('invalid_parameters', { userMessage: 'Some values are not valid: x.' }),
        'de',
      ),
      'Some values are not valid: x.',
    ));
});
