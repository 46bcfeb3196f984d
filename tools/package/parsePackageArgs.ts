import type { PluginRuntime } from './mcpPlugin';
import type { PackageOptions } from './packageApp';
import { UsageError } from './readEnvironment';

export const USAGE =
  'usage: npm run package -- --env <name> [--runtime openapi|mcp] [--app-package <dir>] [--out <dir>] [--env-file <file>] [--check]';

const VALUED = {
  '--env': 'env',
  '--app-package': 'appPackageDir',
  '--out': 'outDir',
  '--env-file': 'envFile',
  '--runtime': 'runtime',
} as const;

/**
 * Parses the `package` CLI arguments into PackageOptions. `--env` is required and must be a plain name
 * (letters, digits, `-`, `_`); `--runtime` is `openapi` or `mcp`. Throws UsageError on `--help`, unknown or
 * repeated options, missing values and an unknown runtime.
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
    if (key === 'runtime') options.runtime = pluginRuntime(value, '--runtime');
    else options[key] = value;
    i++;
  }
  if (!options.env) throw new UsageError(`--env is required\n${USAGE}`);
  if (!/^[A-Za-z0-9_-]+$/.test(options.env))
    throw new UsageError(`--env must be a plain name such as dev or prod\n${USAGE}`);
  return { ...options, env: options.env };
}

/** `value` as a plugin runtime (`openapi` or `mcp`); UsageError naming `where` otherwise. */
export function pluginRuntime(value: string, where: string): PluginRuntime {
  if (value === 'openapi' || value === 'mcp') return value;
  throw new UsageError(`${where} must be openapi or mcp, not "${value.slice(0, 40)}"\n${USAGE}`);
}
