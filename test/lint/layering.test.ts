import assert from 'node:assert/strict';
import path from 'node:path';
import { ESLint } from 'eslint';

/** The layering rule (eslint.config.mjs) is a contract: these tests lint source text as if it lived in each layer. */
describe('lint: one-way layering', function () {
  this.timeout(60_000);
  const eslint = new ESLint({ cwd: path.join(__dirname, '../..') });
  const problems = async (filePath: string, code: string): Promise<string[]> => {
    const [result] = await eslint.lintText(code, { filePath });
    return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
  };
  const table: [string, string, boolean][] = [
    ['skills/x.ts', "import { TurnContext } from 'botbuilder';\nexport type T = TurnContext;\n", false],
    [
      'skills/x.ts',
      "import { Application } from '@microsoft/teams-ai';\nexport type T = Application;\n",
      false,
    ],
    ['knowledge/x.ts', "import { CardFactory } from 'botbuilder';\nexport const f = CardFactory;\n", false],
    [
      'adaptive-cards/x.ts',
      "import { TeamsAdapter } from '@microsoft/teams-ai';\nexport const f = TeamsAdapter;\n",
      false,
    ],
    [
      'knowledge/x.ts',
      "import { SkillRegistry } from '../skills/SkillRegistry';\nexport const f = SkillRegistry;\n",
      false,
    ],
    ['skills/x.ts', "import { startBot } from '../bot/index';\nexport const f = startBot;\n", false],
    ['skills/x.ts', "import { compose } from '../host/compose';\nexport const f = compose;\n", false],
    ['knowledge/x.ts', "import { compose } from '../host/compose';\nexport const f = compose;\n", false],
    // host/ (process, composition root, HTTP server, non-Teams surfaces) sits below the SDK adapter.
    ['host/x.ts', "import { CardFactory } from 'botbuilder';\nexport const f = CardFactory;\n", false],
    [
      'host/http/x.ts',
      "import { createTeamsApp } from '../../bot/teams/createTeamsApp';\nexport const f = createTeamsApp;\n",
      false,
    ],
    ['bot/x.ts', "import { compose } from '../host/compose';\nexport const f = compose;\n", true],
    [
      'host/x.ts',
      "import { SkillRegistry } from '../skills/SkillRegistry';\nexport const f = SkillRegistry;\n",
      true,
    ],
    ['bot/x.ts', "import { CardFactory } from 'botbuilder';\nexport const f = CardFactory;\n", true],
    // Runtime folders never import build- and operator-time code (tools/) or tests and their fakes (test/).
    [
      'bot/x.ts',
      "import { packageApp } from '../tools/package/packageApp';\nexport const f = packageApp;\n",
      false,
    ],
    [
      'host/http/x.ts',
      "import { freePort } from '../../test/support/freePort';\nexport const f = freePort;\n",
      false,
    ],
    [
      'skills/x.ts',
      "import { quantile } from '../tools/bench/beirMetrics';\nexport const f = quantile;\n",
      false,
    ],
    [
      'skills/knowledge/x.ts',
      "import { startFakeGraph } from '../../test/support/fakeGraph';\nexport const f = startFakeGraph;\n",
      false,
    ],
    [
      'knowledge/x.ts',
      "import { ndcgAtK } from '../tools/bench/beirMetrics';\nexport const f = ndcgAtK;\n",
      false,
    ],
    [
      'knowledge/ingest/x.ts',
      "import { startFakeGraph } from '../../test/support/fakeGraph';\nexport const f = startFakeGraph;\n",
      false,
    ],
    [
      'adaptive-cards/x.ts',
      "import { freePort } from '../test/support/freePort';\nexport const f = freePort;\n",
      false,
    ],
    ['adaptive-cards/x.ts', "import { ROOT } from '../tools/cli/x';\nexport const f = ROOT;\n", false],
    // tools/ and test/ sit above every layer: they may import any of them, and tools/ may use test fakes.
    ['tools/x.ts', "import { compose } from '../host/compose';\nexport const f = compose;\n", true],
    [
      'tools/bench/x.ts',
      "import { startFakeGraph } from '../../test/support/fakeGraph';\nexport const f = startFakeGraph;\n",
      true,
    ],
    [
      'test/x.ts',
      "import { packageApp } from '../tools/package/packageApp';\nexport const f = packageApp;\n",
      true,
    ],
    [
      'skills/x.ts',
      "import { SqliteIndex } from '../knowledge/index/SqliteIndex';\nexport const f = SqliteIndex;\n",
      true,
    ],
  ];
  for (const [file, code, allowed] of table) {
    const what = code.split('\n')[0];
    it(`${allowed ? 'allows' : 'rejects'} in ${file}: ${what}`, async () => {
      const found = await problems(file, code);
      if (allowed) assert.deepEqual(found, []);
      else
        assert.ok(
          found.some((p) => p.startsWith('no-restricted-imports')),
          found.join('; ') || 'no problem reported',
        );
    });
  }
  it('rejects an explicit any anywhere', async () => {
    const found = await problems('knowledge/y.ts', 'export const f = (x: any): string => String(x);\n');
    assert.ok(found.some((p) => p.startsWith('@typescript-eslint/no-explicit-any')));
  });
});
