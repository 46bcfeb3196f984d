/**
 * `npm run build`: the production build. Removes `dist/`, compiles the runtime layers (`tsconfig.build.json`:
 * bot, skills, knowledge, adaptive-cards; no tests, CLIs, benchmarks or dev launcher) to CommonJS JavaScript
 * with source maps, then copies the files the compiled server reads at run time next to the JavaScript that
 * reads them (same relative paths): the planner's prompt folder and the Azure AI Search index definition
 * (JSON imported with `import` is emitted by tsc). `npm run serve` then runs `node dist/bot/index.js`: no
 * TypeScript transpiler at run time. Exit code 1 when compilation fails.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const ASSETS = ['bot/planner/prompts', 'infra/search/knowledge-index.json'];

fs.rmSync(path.join(ROOT, 'dist'), { recursive: true, force: true });
const tsc = spawnSync(
  process.execPath,
  [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'],
  { cwd: ROOT, stdio: 'inherit' },
);
if (tsc.status !== 0) process.exit(1);
for (const asset of ASSETS) {
  const to = path.join(ROOT, 'dist', asset);
  fs.mkdirSync(path.dirname(to), { recursive: true });
  fs.cpSync(path.join(ROOT, asset), to, { recursive: true });
}
console.log(`built dist/ (entry dist/bot/index.js; assets: ${ASSETS.join(', ')})`);
