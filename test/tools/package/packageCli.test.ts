import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { validateSchema } from '../../../tools/package/validateSchema';
import type { Json } from '../../../tools/package/jsonPath';
import { editJson, makePng, runPackage, useAppPackageCopy, type CliRun } from './packageFixture';

const ENTRIES = [
  'ai-plugin.json',
  'apiSpecificationFile/openapi.json',
  'color.png',
  'declarativeAgent.json',
  'manifest.json',
  'outline.png',
];

describe('npm run package (tools/cli/package.ts)', function () {
  this.timeout(60_000);
  const work = useAppPackageCopy();
  const run = work.run;
  const file = (name: string) => path.join(work.dir, name);
  /** Asserts exit 1 and a problem line naming `where` (file: field) that matches `message` and has a fix. */
  const assertRejected = (result: CliRun, where: string, message: RegExp) => {
    assert.equal(result.code, 1, result.stdout + result.stderr);
    assert.equal(fs.existsSync(path.join(work.out, 'appPackage.dev.zip')), false, 'no zip on failure');
    const line = result.stderr.split('\n').find((l) => l.includes(`${where}:`) && message.test(l));
    assert.ok(line, `no problem for ${where} matching ${message} in:\n${result.stderr}`);
    assert.match(line, /\. Fix: \S.*\.$/);
  };

  it('--env dev writes a zip with manifest.json at the root and every referenced file', async () => {
    const result = await run();
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /package OK: .*appPackage\.dev\.zip/);
    const zip = await JSZip.loadAsync(fs.readFileSync(path.join(work.out, 'appPackage.dev.zip')));
    const names = Object.keys(zip.files).filter((name) => !zip.files[name]?.dir);
    assert.deepEqual(names.sort(), ENTRIES);
  });

  it('the zipped manifest is filled from env/.env.dev and valid against the official 1.30 schema', async () => {
    assert.equal((await run()).code, 0);
    const zip = await JSZip.loadAsync(fs.readFileSync(path.join(work.out, 'appPackage.dev.zip')));
    const text = (await zip.file('manifest.json')?.async('string')) ?? '';
    assert.doesNotMatch(text, /\$\{\{/);
    const manifest = JSON.parse(text) as Json & { id: string; bots: { botId: string }[] };
    assert.equal(manifest.id, '00000000-0000-4000-8000-000000000001');
    assert.equal(manifest.bots[0]?.botId, '00000000-0000-4000-8000-000000000002');
    assert.deepEqual(await validateSchema(manifest, 'manifest.json'), []);
  });

  it('rejects a manifest without a required field', async () => {
    editJson(file('manifest.json'), (json) => delete json.developer);
    assertRejected(await run(), 'manifest.json: developer', /is required.*Fix: add "developer"/);
  });

  it('rejects a colour icon of the wrong size', async () => {
    fs.writeFileSync(
      file('color.png'),
      makePng(96, 96, () => [31, 58, 95, 255]),
    );
    assertRejected(await run(), 'color.png: icons.color', /is 96x96 pixels; Teams requires 192x192/);
  });

  it('rejects an outline icon with a coloured pixel', async () => {
    const white = (x: number, y: number) =>
      x === 5 && y === 7 ? [255, 0, 0, 255] : [255, 255, 255, x > 8 ? 255 : 0];
    fs.writeFileSync(file('outline.png'), makePng(32, 32, white));
    assertRejected(
      await run(),
      'outline.png: icons.outline',
      /1 visible pixel\(s\) that are not white, the first at x=5, y=7 \(#FF0000\)/,
    );
  });

  it('rejects an env file that lacks a variable the package uses, naming file, field and variable', async () => {
    const env = path.join(work.root, '.env.dev');
    const lines = fs.readFileSync(path.join(__dirname, '../../../env/.env.dev'), 'utf8').split('\n');
    fs.writeFileSync(env, lines.filter((line) => !line.startsWith('BOT_ID=')).join('\n'));
    const result = await run('--env-file', env);
    assertRejected(
      result,
      'manifest.json: bots[0].botId',
      /uses \$\{\{BOT_ID\}\}, which .*\.env\.dev does not define.*Fix: set BOT_ID=/,
    );
  });

  it('rejects an invalid OpenAPI spec (--check keeps the edited file)', async () => {
    editJson(file('apiSpecificationFile/openapi.json'), (json) => {
      const paths = json.paths as Record<string, { post: { responses: object } }>;
      (paths['/api/skills/ask_knowledge'] as { post: { responses: object } }).post.responses = {};
    });
    assertRejected(
      await run('--check'),
      'openapi.json: paths."/api/skills/ask_knowledge".post.responses',
      /must NOT have fewer than 1 properties/,
    );
  });

  it('rejects a response card template of version 1.6', async () => {
    editJson(file('ai-plugin.json'), (json) => {
      const functions = json.functions as {
        capabilities: { response_semantics: { static_template: { version: string } } };
      }[];
      (functions[0] as (typeof functions)[number]).capabilities.response_semantics.static_template.version =
        '1.6';
    });
    assertRejected(
      await run('--check'),
      'ai-plugin.json: functions[0].capabilities.response_semantics.static_template.version',
      /is 1\.6, above 1\.5.*Fix: set "version": "1\.5"/,
    );
  });

  it('--check fails on generated files that are out of date with the skill registry', async () => {
    editJson(file('ai-plugin.json'), (json) => (json.functions = (json.functions as unknown[]).slice(1)));
    assertRejected(
      await run('--check'),
      'ai-plugin.json: functions[0].name',
      /out of date with the skill registry/,
    );
  });

  it('without --check regenerates out-of-date generated files and succeeds', async () => {
    editJson(file('ai-plugin.json'), (json) => (json.functions = []));
    const result = await run();
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /regenerated ai-plugin\.json from the skill registry/);
    const plugin = JSON.parse(fs.readFileSync(file('ai-plugin.json'), 'utf8')) as { functions: unknown[] };
    assert.ok(plugin.functions.length > 0);
  });

  it('exits 2 without --env', async () => {
    const result = await runPackage(['--app-package', work.dir]);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /--env is required/);
  });

  it('exits 2 for an environment without an env file', async () => {
    const result = await runPackage(['--env', 'nosuchenv', '--app-package', work.dir]);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /no env file for environment "nosuchenv"/);
  });
});
