import fs from 'node:fs';
import path from 'node:path';
import * as prettier from 'prettier';
import type { SkillCatalog } from '../../skills/SkillCatalog';
import { firstDifference } from './firstDifference';
import { GENERATED, packagedSpec, REGENERATED_TEMPLATES, regeneratePlugin } from './generatedFiles';
import type { Json } from './jsonPath';
import type { PackageProblem } from './PackageProblem';
import { regenerateAgent, regenerateManifest } from './regenerateExamples';

/**
 * Brings the generated files of the app package in `dir` (`GENERATED`: the OpenAPI spec and the API plugin's
 * functions; `REGENERATED_TEMPLATES`: the manifest's command lists and sample prompts and the agent's
 * conversation starters, from the skills' examples) in line with `registry`. `write`: rewrites each file whose content differs (formatted with the
 * repository's Prettier settings) and returns the names written. `check`: writes nothing and returns a problem
 * for each file that is missing or differs, naming the first differing field. The plugin manifest itself
 * (names, auth, `spec.url`) must exist: it is the template the functions are merged into.
 */
export async function syncGeneratedFiles(
  dir: string,
  registry: SkillCatalog,
  mode: 'write' | 'check',
  label: (name: string) => string,
): Promise<{ written: string[]; problems: PackageProblem[] }> {
  const pluginFile = path.join(dir, GENERATED.plugin);
  if (!fs.existsSync(pluginFile)) {
    return {
      written: [],
      problems: [
        {
          file: label(GENERATED.plugin),
          field: '',
          message: 'does not exist',
          fix: 'restore appPackage/ai-plugin.json (the plugin manifest template) from git',
        },
      ],
    };
  }
  let currentPlugin: Json;
  try {
    currentPlugin = JSON.parse(fs.readFileSync(pluginFile, 'utf8')) as Json;
  } catch (error) {
    return {
      written: [],
      problems: [
        {
          file: label(GENERATED.plugin),
          field: '',
          message: `is not valid JSON (${(error as Error).message})`,
          fix: 'fix the JSON syntax',
        },
      ],
    };
  }
  const spec = packagedSpec(registry);
  const wanted: Record<string, Json> = {
    [GENERATED.spec]: spec as unknown as Json,
    [GENERATED.plugin]: regeneratePlugin(currentPlugin, spec, registry),
  };
  // The manifest and the agent are templates: only their example lists are regenerated (when they parse; the
  // package's validation reports them otherwise).
  const manifest = readJson(path.join(dir, REGENERATED_TEMPLATES.manifest));
  if (manifest !== undefined) wanted[REGENERATED_TEMPLATES.manifest] = regenerateManifest(manifest, registry);
  const agent = readJson(path.join(dir, REGENERATED_TEMPLATES.agent));
  if (agent !== undefined) wanted[REGENERATED_TEMPLATES.agent] = regenerateAgent(agent, registry);
  const written: string[] = [];
  const problems: PackageProblem[] = [];
  for (const [name, expected] of Object.entries(wanted)) {
    const file = path.join(dir, name);
    const actual = readJson(file);
    const differs = actual === undefined ? '' : firstDifference(actual, expected);
    if (differs === undefined) continue;
    if (mode === 'check') {
      problems.push({
        file: label(name),
        field: differs,
        message:
          actual === undefined
            ? 'is missing or not valid JSON'
            : 'is out of date with the skill registry (it is generated)',
        fix: 'run `npm run package -- --env <name>` and commit the regenerated file',
      });
      continue;
    }
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const options = (await prettier.resolveConfig(file)) ?? {};
    fs.writeFileSync(file, await prettier.format(JSON.stringify(expected), { ...options, filepath: file }));
    written.push(name);
  }
  return { written, problems };
}

function readJson(file: string): Json | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as Json;
  } catch {
    return undefined;
  }
}
