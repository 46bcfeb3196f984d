import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../../host/config/loadConfig';

const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'config-ttl-'));
const load = (env: Record<string, string>) => loadConfig(env, { cwd });

describe('loadConfig: CONVERSATION_STATE_TTL_HOURS', () => {
  it('defaults to 24 hours', () => assert.equal(load({}).conversationStateTtlHours, 24));
  for (const [value, hours] of [
    ['1', 1],
    ['72', 72],
    [' 720 ', 720],
  ] as const) {
    it(`reads "${value}" as ${hours} hours`, () =>
      assert.equal(load({ CONVERSATION_STATE_TTL_HOURS: value }).conversationStateTtlHours, hours));
  }
  for (const value of ['0', '721', '1.5', 'a day', '-3']) {
    it(`rejects "${value}", naming the variable and the range`, () =>
      assert.throws(
        () => load({ CONVERSATION_STATE_TTL_HOURS: value }),
        new RegExp(
          `CONVERSATION_STATE_TTL_HOURS: must be a whole number of hours from 1 to 720 \\(got "${value}"\\)`,
        ),
      ));
  }
});
