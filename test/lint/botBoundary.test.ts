import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.join(__dirname, '../..');

function tsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return tsFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/**
 * `bot/` is the migration boundary (README, Architecture): what a move to Teams SDK v2 or the M365 Agents SDK
 * rewrites. It stays small and holds SDK glue only; everything SDK-free lives in host/, skills/, knowledge/ or
 * adaptive-cards/.
 */
describe('bot/ is the Teams SDK adapter and nothing else', () => {
  const files = tsFiles(path.join(ROOT, 'bot'));
  const lines = (file: string) => fs.readFileSync(file, 'utf8').split('\n').length - 1;

  it('stays under 2,000 lines', () => {
    const total = files.reduce((sum, file) => sum + lines(file), 0);
    assert.ok(total < 2000, `bot/ has ${total} lines`);
  });

  it('is the only folder that imports botbuilder or teams-ai (host/ neither)', () => {
    const sdk = /from '(botbuilder|botframework-[a-z-]+|@microsoft\/teams-ai)['/]/;
    const offenders = ['host', 'skills', 'knowledge', 'adaptive-cards']
      .flatMap((dir) => tsFiles(path.join(ROOT, dir)))
      .filter((file) => sdk.test(fs.readFileSync(file, 'utf8')))
      .map((file) => path.relative(ROOT, file));
    assert.deepEqual(offenders, []);
  });
});
