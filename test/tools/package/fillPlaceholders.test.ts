import assert from 'node:assert/strict';
import { fillPlaceholders } from '../../../tools/package/fillPlaceholders';

const where = { file: 'appPackage/manifest.json', envFile: 'env/.env.dev' };
const vars = { BOT_ID: 'b0t', BOT_DOMAIN: 'bot.example.com', APP_NAME_SUFFIX: '', EMPTY: '' };

describe('fillPlaceholders (tools/package/fillPlaceholders.ts)', () => {
  it('fills strings at any depth', () => {
    const { value, problems } = fillPlaceholders({ bots: [{ botId: '${{BOT_ID}}' }] }, vars, where);
    assert.deepEqual(value, { bots: [{ botId: 'b0t' }] });
    assert.deepEqual(problems, []);
  });

  it('fills several placeholders in one string, spaces inside the braces allowed', () => {
    const { value } = fillPlaceholders('api://${{ BOT_DOMAIN }}/botid-${{BOT_ID}}', vars, where);
    assert.equal(value, 'api://bot.example.com/botid-b0t');
  });

  it('fills object keys', () => {
    const { value } = fillPlaceholders({ scopes: { 'api://${{BOT_DOMAIN}}/x': 'y' } }, vars, where);
    assert.deepEqual(value, { scopes: { 'api://bot.example.com/x': 'y' } });
  });

  it('names file, field path and variable for an undefined variable', () => {
    const { problems } = fillPlaceholders({ bots: [{ botId: '${{NOPE}}' }] }, vars, where);
    assert.deepEqual(problems, [
      {
        file: 'appPackage/manifest.json',
        field: 'bots[0].botId',
        message: 'uses ${{NOPE}}, which env/.env.dev does not define',
        fix: 'set NOPE=<value> in env/.env.dev (or run the Agents Toolkit provision step that writes it)',
      },
    ]);
  });

  it('reports a variable set to an empty value', () => {
    const { problems } = fillPlaceholders({ id: '${{EMPTY}}' }, vars, where);
    assert.match(problems[0]?.message ?? '', /sets to an empty value/);
  });

  it('allows APP_NAME_SUFFIX to be empty', () => {
    const { value, problems } = fillPlaceholders('Norvik Assistant${{APP_NAME_SUFFIX}}', vars, where);
    assert.equal(value, 'Norvik Assistant');
    assert.deepEqual(problems, []);
  });

  it('leaves numbers, booleans and null alone', () => {
    assert.deepEqual(fillPlaceholders([1, true, null], vars, where).value, [1, true, null]);
  });
});
