import assert from 'node:assert/strict';
import { parsePackageArgs } from '../../../tools/package/parsePackageArgs';
import { UsageError } from '../../../tools/package/readEnvironment';

describe('parsePackageArgs (tools/package/parsePackageArgs.ts)', () => {
  it('reads --env', () => assert.deepEqual(parsePackageArgs(['--env', 'prod']), { env: 'prod' }));

  it('reads every option', () => {
    assert.deepEqual(
      parsePackageArgs([
        '--env',
        'dev',
        '--app-package',
        'a',
        '--out',
        'o',
        '--env-file',
        'e',
        '--check',
        '--runtime',
        'mcp',
      ]),
      { env: 'dev', appPackageDir: 'a', outDir: 'o', envFile: 'e', check: true, runtime: 'mcp' },
    );
  });

  const bad: [string, string[], RegExp][] = [
    ['no --env', [], /--env is required/],
    ['--env without a value', ['--env'], /--env needs a value/],
    ['an unknown option', ['--env', 'dev', '--zip'], /unknown option --zip/],
    ['a repeated option', ['--env', 'dev', '--env', 'prod'], /given twice/],
    ['an env name with a path', ['--env', '../x'], /plain name/],
    ['--help', ['--help'], /^usage:/],
    ['an unknown runtime', ['--env', 'dev', '--runtime', 'grpc'], /--runtime must be openapi or mcp/],
  ];
  for (const [what, argv, message] of bad) {
    it(`throws UsageError for ${what}`, () => {
      assert.throws(
        () => parsePackageArgs(argv),
        (error: unknown) => error instanceof UsageError && message.test(error.message),
      );
    });
  }
});
