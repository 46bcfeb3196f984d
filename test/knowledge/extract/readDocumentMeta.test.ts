import assert from 'node:assert/strict';
import { ExtractionError } from '../../../knowledge/extract/ExtractionError';
import {
  SIDECAR_SUFFIX,
  parseSidecar,
  readDocumentMeta,
  type DocumentMetaInput,
} from '../../../knowledge/extract/readDocumentMeta';

const base: DocumentMetaInput = {
  relativePath: 'aurex/Brake guide.pdf',
  frontMatter: { access: ['group:eng'] },
  text: 'Body text',
  modified: '2024-05-01T10:00:00.000Z',
};
const read = (overrides: Partial<DocumentMetaInput>) => readDocumentMeta({ ...base, ...overrides });

describe('readDocumentMeta', () => {
  describe('title', () => {
    const cases: [string, Partial<DocumentMetaInput>, string][] = [
      [
        'front matter title wins over the rest',
        { frontMatter: { title: 'FM' }, extractedTitle: 'X', text: '# H' },
        'FM',
      ],
      [
        'sidecar title overrides front matter',
        { frontMatter: { title: 'FM' }, sidecar: { title: 'Side' } },
        'Side',
      ],
      ['extracted title next', { extractedTitle: ' From HTML ', text: '# H' }, 'From HTML'],
      ['then the first # heading', { text: 'intro\n\n## First heading ##\n\n# Later' }, 'First heading'],
      ['then the file name without extension', { text: 'no headings' }, 'Brake guide'],
      ['blank title falls through', { frontMatter: { title: '  ' }, text: 'x' }, 'Brake guide'],
      ['a numeric title is text', { frontMatter: { title: 2024 } }, '2024'],
    ];
    for (const [name, overrides, expected] of cases)
      it(name, () => assert.equal(read(overrides).meta.title, expected));
  });

  describe('brand and language', () => {
    const cases: [string, Partial<DocumentMetaInput>, string, string][] = [
      ['defaults', {}, 'group', 'en'],
      ['brand is lower-cased', { frontMatter: { brand: ' Velora ' } }, 'velora', 'en'],
      [
        'sidecar brand overrides front matter',
        { frontMatter: { brand: 'aurex' }, sidecar: { brand: 'Kestrel' } },
        'kestrel',
        'en',
      ],
      ['language tag with region', { frontMatter: { language: 'fr-FR' } }, 'group', 'fr-FR'],
      ['plain language tag', { sidecar: { language: 'it' } }, 'group', 'it'],
      ['invalid language falls back', { frontMatter: { language: 'German' } }, 'group', 'en'],
      ['wrong-case region falls back', { frontMatter: { language: 'de-de' } }, 'group', 'en'],
    ];
    for (const [name, overrides, brand, language] of cases) {
      it(name, () => {
        const { meta } = read(overrides);
        assert.equal(meta.brand, brand);
        assert.equal(meta.language, language);
      });
    }
    it('takes the front matter key `lang`', () =>
      assert.equal(read({ frontMatter: { lang: 'pt' } }).meta.language, 'pt'));
    it('detects the language of a document whose metadata gives none', () => {
      const text =
        'Die Übergabe des Fahrzeugs dauert mindestens 90 Minuten und wird von dem Berater vorbereitet.';
      assert.equal(read({ text }).meta.language, 'de');
      assert.equal(
        read({ text: 'La garantía del vehículo es de tres años y cubre la batería.' }).meta.language,
        'es',
      );
    });
    it('keeps a language the metadata gives over the detected one', () => {
      const text = 'Die Übergabe des Fahrzeugs dauert mindestens 90 Minuten.';
      assert.equal(read({ text, frontMatter: { language: 'en' } }).meta.language, 'en');
    });
    it('warns about an invalid language', () => {
      const { warnings } = read({ frontMatter: { access: 'everyone', language: 'German' } });
      assert.deepEqual(warnings, ['invalid language "German" in aurex/Brake guide.pdf: using en']);
    });
  });

  describe('access (fail closed)', () => {
    const path = 'aurex/Brake guide.pdf';
    const cases: [string, Partial<DocumentMetaInput>, string[], string[]][] = [
      ['valid list, sorted', { frontMatter: { access: ['user:b', 'group:a'] } }, ['group:a', 'user:b'], []],
      ['single string', { frontMatter: { access: 'everyone' } }, ['everyone'], []],
      [
        'sidecar replaces front matter',
        { frontMatter: { access: ['everyone'] }, sidecar: { access: ['group:hr'] } },
        ['group:hr'],
        [],
      ],
      ['missing -> nobody', { frontMatter: {} }, [], [`no access list: nobody can read ${path}`]],
      [
        'empty list -> nobody',
        { frontMatter: { access: [] } },
        [],
        [`no access list: nobody can read ${path}`],
      ],
      [
        'rejected entries are dropped with a warning each',
        { frontMatter: { access: ['group:eng', 'all', 'user:a b'] } },
        ['group:eng'],
        [`rejected access entry "all" in ${path}`, `rejected access entry "user:a b" in ${path}`],
      ],
      [
        'only rejected entries -> nobody',
        { frontMatter: { access: ['${user.name}'] } },
        [],
        [`rejected access entry "\${user.name}" in ${path}`, `no access list: nobody can read ${path}`],
      ],
    ];
    for (const [name, overrides, access, warnings] of cases) {
      it(name, () => {
        const result = read(overrides);
        assert.deepEqual(result.meta.access, access);
        assert.deepEqual(result.warnings, warnings);
      });
    }
  });

  it('copies modified and returns exactly the expected fields', () => {
    assert.deepEqual(read({}).meta, {
      title: 'Brake guide',
      access: ['group:eng'],
      brand: 'group',
      language: 'en',
      modified: '2024-05-01T10:00:00.000Z',
    });
  });

  it('warns about a non-text field and uses the default', () => {
    const { meta, warnings } = read({ frontMatter: { access: 'everyone', brand: ['aurex'] } });
    assert.equal(meta.brand, 'group');
    assert.deepEqual(warnings, ['ignored non-text brand in aurex/Brake guide.pdf']);
  });
});

describe('parseSidecar', () => {
  it('uses the .meta.yaml suffix', () => assert.equal(SIDECAR_SUFFIX, '.meta.yaml'));

  const valid: [string, string, Record<string, unknown>][] = [
    ['a mapping', 'brand: brava\naccess:\n  - everyone\n', { brand: 'brava', access: ['everyone'] }],
    ['an empty file', '', {}],
    ['literal template text', 'title: "${user.name}"', { title: '${user.name}' }],
  ];
  for (const [name, yaml, expected] of valid)
    it(name, () => assert.deepEqual(parseSidecar(yaml, 'a.pdf.meta.yaml'), expected));

  const invalid: [string, string][] = [
    ['malformed YAML', 'access: [everyone'],
    ['a list', '- everyone'],
    ['a scalar', 'everyone'],
  ];
  for (const [name, yaml] of invalid) {
    it(`rejects ${name}`, () => {
      assert.throws(
        () => parseSidecar(yaml, 'a.pdf.meta.yaml'),
        (error: unknown) => error instanceof ExtractionError && error.message.includes('a.pdf.meta.yaml'),
      );
    });
  }
});
