import fs from 'node:fs';
import path from 'node:path';
import { readEnvFile } from '../../host/config/readEnvFile';

/** Bad command-line usage (exit code 2): unknown options, or an environment without an env file. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/**
 * The variables of environment `name`, Agents Toolkit style: `env/.env.<name>` under `root` (or `envFile`),
 * overlaid by `<that file>.user` when present (where the Toolkit keeps `SECRET_` values). The process
 * environment is not consulted, so a package depends only on files. Throws UsageError when the env file does
 * not exist, and an Error naming the file and line when one is malformed.
 */
export function readEnvironment(
  root: string,
  name: string,
  envFile?: string,
): { vars: Record<string, string>; file: string } {
  const file = envFile ? path.resolve(envFile) : path.join(root, 'env', `.env.${name}`);
  if (!fs.existsSync(file))
    throw new UsageError(`no env file for environment "${name}": ${file} does not exist`);
  return { vars: { ...readEnvFile(file), ...readEnvFile(`${file}.user`) }, file };
}
