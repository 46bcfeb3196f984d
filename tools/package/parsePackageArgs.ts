import type { PackageOptions } from './packageApp';
import { UsageError } from './readEnvironment';

export const USAGE =
  'usage: npm run package -- --env <name> [--app-package <dir>] [--out <dir>] [--env-file <file>] [--check]';

const VALUED = {
  '--env': 'env',
  '--app-package': 'appPackageDir',
  '--out': 'outDir',
  '--env-file': 'envFile',
} as const;

/**
 * Parses the `package` CLI arguments into PackageOptions. `--env` is required and must be a plain name
 * (letters, digits, `-`, `_`). Throws UsageError on `--help`, unknown or repeated options and missing values.
 */
export function parsePackageArgs(argv: readonly string[]): PackageOptions {
  const options: { -readonly [K in keyof PackageOptions]?: PackageOptions[K] } = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--check') {
      options.check = true;
      continue;
    }
    if (!(arg in VALUED)) throw new UsageError(arg === '--help' ? USAGE : `unknown option ${arg}\n${USAGE}`);
    const key = VALUED[arg as keyof typeof VALUED];
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('--')) throw new UsageError(`${arg} needs a value\n${USAGE}`);
    if (options[key] !== undefined) throw new UsageError(`${arg} given twice\n${USAGE}`);
    options[key] = value;
    i++;
  }
  if (!options.env) throw new UsageError(`--env is required\n${USAGE}`);
  if (!/^[A-Za-z0-9_-]+$/.test(options.env))
    throw new UsageError(`--env must be a plain name such as dev or prod\n${USAGE}`);
  return { ...options, env: options.env };
}
