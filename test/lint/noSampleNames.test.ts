import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';

/**
 * The product must serve any organisation: nothing outside `knowledge/sample/` and `test/` may name the sample
 * organisation, its brands, platforms or codenames. The names are read from the sample itself (its organisation
 * profile, and the codenames its README mentions that also name corpus files), so this list lives in no product
 * file either.
 */
const ROOT = path.join(__dirname, '../..');
const SAMPLE = path.join(ROOT, 'knowledge/sample');

/** What is scanned: folders (recursively) and single files, relative to the repository root. */
const SCANNED = [
  'bot',
  'host',
  'skills',
  'knowledge',
  'adaptive-cards',
  'appPackage',
  'infra',
  'env',
  'docs',
  'aad.manifest.json',
  'README.md',
  'package.json',
  ...fs.readdirSync(ROOT).filter((name) => /^m365agents.*\.yml$/.test(name)),
];
const SKIPPED_DIRS = new Set(['node_modules', 'build', 'dist', '.git']);
const TEXT_FILE = /\.(?:ts|js|mjs|json|ya?ml|md|txt|bicep|html)$|^\.env\./;

/** The sample's organisation names: company, short name, all-brands label, brand ids, names and aliases. */
function profileNames(): string[] {
  const profile = parseYaml(fs.readFileSync(path.join(SAMPLE, 'organisation.yaml'), 'utf8')) as {
    name?: string;
    shortName?: string;
    allBrandsLabel?: string;
    brands?: { id: string; name: string; aliases?: string[] }[];
  };
  return [
    profile.name,
    profile.shortName,
    profile.allBrandsLabel,
    ...(profile.brands ?? []).flatMap((brand) => [brand.id, brand.name, ...(brand.aliases ?? [])]),
  ].filter((name): name is string => typeof name === 'string' && name.trim() !== '');
}

/**
 * Codenames and platform names of the sample: upper-case words of the sample README (letters, optionally with
 * hyphenated parts, at least 5 characters: `NORDLICHT`, `NMP-E`) that also name a file of the corpus, which
 * tells them apart from general acronyms such as `UNECE`.
 */
function codenames(): string[] {
  const readme = fs.readFileSync(path.join(SAMPLE, 'README.md'), 'utf8');
  const files = listFiles(path.join(SAMPLE, 'corpus')).map((file) => path.basename(file).toLowerCase());
  const words = new Set(readme.match(/(?<![\p{L}\p{N}-])[A-Z]+(?:-[A-Z]+)*(?![\p{L}\p{N}-])/gu) ?? []);
  return [...words].filter(
    (word) =>
      word.length >= 5 &&
      files.some((file) => new RegExp(`(?:^|[-_.])${word.toLowerCase()}(?:[-_.]|$)`).test(file)),
  );
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name)) out.push(...listFiles(full));
    } else if (entry.isFile()) out.push(full);
  }
  return out;
}

function scannedFiles(): string[] {
  return SCANNED.flatMap((name) => {
    const full = path.join(ROOT, name);
    if (!fs.existsSync(full)) return [];
    return fs.statSync(full).isDirectory() ? listFiles(full) : [full];
  }).filter((file) => TEXT_FILE.test(path.basename(file)) && path.relative(SAMPLE, file).startsWith('..'));
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('lint: no sample organisation names outside knowledge/sample/ and test/', () => {
  const names = [...new Set([...profileNames(), ...codenames()].map((name) => name.toLowerCase()))];

  it('reads the names from the sample (company, brands, platforms, codenames)', () => {
    for (const expected of ['nmp-e', 'nmp-c', 'nordlicht', 'torrente'])
      assert.ok(names.includes(expected), expected);
    assert.ok(names.length >= 8, names.join(', '));
  });

  it('finds none in product code, cards, prompts, manifests, infrastructure, environments or docs', () => {
    const pattern = new RegExp(
      `(?<![\\p{L}\\p{N}])(?:${names
        .map(escape)
        .sort((a, b) => b.length - a.length)
        .join('|')})(?![\\p{L}\\p{N}])`,
      'giu',
    );
    const hits: string[] = [];
    for (const file of scannedFiles()) {
      const lines = fs.readFileSync(file, 'utf8').split('\n');
      lines.forEach((line, i) => {
        for (const match of line.matchAll(pattern))
          hits.push(`${path.relative(ROOT, file)}:${i + 1}: ${match[0]}`);
      });
    }
    assert.deepEqual(hits, [], `sample names outside knowledge/sample/ and test/:\n${hits.join('\n')}`);
  });

  it('would catch a sample name (the check bites)', () => {
    const pattern = new RegExp(
      `(?<![\\p{L}\\p{N}])(?:${names.map(escape).join('|')})(?![\\p{L}\\p{N}])`,
      'iu',
    );
    assert.ok(pattern.test(`const brand = '${names[0] ?? ''}';`));
    assert.ok(!pattern.test('const brand = "fabrikam";'));
  });
});
