/**
 * `npm run package -- --env <name> [--app-package <dir>] [--out <dir>] [--env-file <file>] [--check]`: builds
 * the tenant app package `appPackage/build/appPackage.<name>.zip` (see `packageApp`). First regenerates the
 * OpenAPI spec and the plugin functions in `appPackage/` from the skill registry (`--check`: only compares
 * them and fails when they are out of date), then fills `${{VAR}}` placeholders from `env/.env.<name>`,
 * validates the manifest, declarative agent and API plugin against the official schemas, the OpenAPI spec,
 * the response card templates, the icons and the references between files, and zips.
 * Exit 0 with `package OK: <zip>`; exit 1 with one line per problem (`file: field: problem. Fix: ...`);
 * exit 2 on bad usage or a missing env file.
 */
import path from 'node:path';
import { formatProblem } from '../package/PackageProblem';
import { packageApp } from '../package/packageApp';
import { parsePackageArgs } from '../package/parsePackageArgs';
import { UsageError } from '../package/readEnvironment';

async function main(argv: string[]): Promise<number> {
  const options = parsePackageArgs(argv);
  const result = await packageApp(options);
  const cwd = process.cwd();
  for (const name of result.written) console.log(`regenerated ${name} from the skill registry`);
  if (!result.ok) {
    console.error(`package FAILED: ${result.problems.length} problem(s)`);
    for (const problem of result.problems) console.error(`  ${formatProblem(problem)}`);
    return 1;
  }
  console.log(`package OK: ${path.relative(cwd, result.zipFile)} (${result.entries.join(', ')})`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) {
      console.error(error.message);
      process.exit(2);
    }
    console.error(error);
    process.exit(1);
  },
);
