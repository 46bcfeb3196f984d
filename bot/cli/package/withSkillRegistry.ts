import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compose } from '../../compose';
import { loadConfig } from '../../config/loadConfig';
import type { SkillRegistry } from '../../../skills/SkillRegistry';

/** Repository root (where `appPackage/`, `env/` and the sample directory file are). */
export const REPO_ROOT = path.resolve(__dirname, '../../..');

/**
 * Runs `work` with the real skill registry, built by the composition root from the embedded defaults
 * (`DATA_DIR` a fresh temporary folder, no env file, nothing from the process environment), so the package
 * lists exactly the skills the bot registers. The services are closed and the folder removed afterwards.
 */
export async function withSkillRegistry<T>(work: (registry: SkillRegistry) => Promise<T> | T): Promise<T> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'package-registry-'));
  try {
    const config = loadConfig(
      { DATA_DIR: dataDir, LOG_LEVEL: 'error' },
      { cwd: REPO_ROOT, envFile: path.join(dataDir, 'no.env') },
    );
    const services = compose(config);
    try {
      return await work(services.registry);
    } finally {
      await services.close();
    }
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
