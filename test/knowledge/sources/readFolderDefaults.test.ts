import assert from 'node:assert/strict';
import { ExtractionError } from '../../../knowledge/extract/ExtractionError';
import { resolveFolderDefaults } from '../../../knowledge/sources/readFolderDefaults';

const file = (relativePath: string, text: string) => ({ relativePath, text });

describe('resolveFolderDefaults', () => {
  const cases: [string, Parameters<typeof resolveFolderDefaults>, Record<string, unknown>][] = [
    ['nothing applies', [[], undefined], {}],
    ['root default access only', [[], ['everyone']], { access: ['everyone'] }],
    ['an empty default access is no default', [[], []], {}],
    [
      'a folder file replaces the default access',
      [[file('_folder.meta.yaml', 'access: [group:eng]\nbrand: aurex')], ['everyone']],
      { access: ['group:eng'], brand: 'aurex' },
    ],
    [
      'deeper wins key by key',
      [
        [
          file('_folder.meta.yaml', 'access: [group:all]\nbrand: aurex\nlanguage: en'),
          file('de/_folder.meta.yaml', 'language: de\nsensitivity: internal'),
        ],
        undefined,
      ],
      { access: ['group:all'], brand: 'aurex', language: 'de', sensitivity: 'internal' },
    ],
    [
      'title is never inherited',
      [[file('_folder.meta.yaml', 'title: Folder\nbrand: x')], undefined],
      { brand: 'x' },
    ],
    [
      'an empty value inherits',
      [[file('_folder.meta.yaml', 'brand: x'), file('a/_folder.meta.yaml', 'brand:')], undefined],
      { brand: 'x' },
    ],
    [
      'an empty list restricts to nobody',
      [
        [file('_folder.meta.yaml', 'access: [everyone]'), file('a/_folder.meta.yaml', 'access: []')],
        undefined,
      ],
      { access: [] },
    ],
    [
      'an empty file changes nothing',
      [[file('_folder.meta.yaml', '')], ['everyone']],
      { access: ['everyone'] },
    ],
  ];
  for (const [name, args, expected] of cases) {
    it(name, () => assert.deepEqual(resolveFolderDefaults(...args).values, expected));
  }

  it('fingerprints every input', () => {
    const base = resolveFolderDefaults([file('_folder.meta.yaml', 'brand: x')], undefined).fingerprint;
    assert.equal(resolveFolderDefaults([file('_folder.meta.yaml', 'brand: x')], undefined).fingerprint, base);
    assert.notEqual(
      resolveFolderDefaults([file('_folder.meta.yaml', 'brand: y')], undefined).fingerprint,
      base,
    );
    assert.notEqual(
      resolveFolderDefaults([file('_folder.meta.yaml', 'brand: x')], ['everyone']).fingerprint,
      base,
    );
    assert.notEqual(
      resolveFolderDefaults([file('a/_folder.meta.yaml', 'brand: x')], undefined).fingerprint,
      base,
    );
  });

  const bad: [string, string][] = [
    ['malformed YAML', 'access: [unclosed'],
    ['a list', '- everyone'],
    ['a scalar', 'everyone'],
  ];
  for (const [name, text] of bad) {
    it(`rejects ${name}, naming the file`, () =>
      assert.throws(
        () => resolveFolderDefaults([file('eng/_folder.meta.yaml', text)], undefined),
        (error: unknown) =>
          error instanceof ExtractionError && error.message.includes('eng/_folder.meta.yaml'),
      ));
  }
});
