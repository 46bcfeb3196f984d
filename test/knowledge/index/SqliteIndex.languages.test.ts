import assert from 'node:assert/strict';
import type { IndexedDocument } from '../../../knowledge/index/IndexedDocument';
import { useTempIndex } from '../../support/useTempIndex';

function doc(docId: string, language: string, text: string): IndexedDocument {
  return {
    docId,
    title: `Dokument ${docId}`,
    url: '',
    access: ['everyone'],
    brand: 'group',
    language,
    modified: '2026-01-01T00:00:00Z',
    contentHash: `hash-${docId}`,
    chunks: [{ chunkId: `${docId}#0`, docId, ordinal: 0, heading: 'Ablauf', text }],
  };
}

describe('SqliteIndex: per-language analysis', () => {
  const temp = useTempIndex('sqlite-lang-');
  const search = async (query: string, queryLanguage?: string): Promise<string[]> =>
    (
      await temp.index.search(query, {
        principals: ['everyone'],
        top: 5,
        ...(queryLanguage ? { queryLanguage } : {}),
      })
    ).map((p) => p.docId);

  beforeEach(async () => {
    await temp.index.upsert(
      doc('uebergabe.md', 'de', 'Die Übergabe des Fahrzeugs dauert mindestens 90 Minuten.'),
    );
    await temp.index.upsert(doc('probefahrt.md', 'de', 'Jede Fahrzeugprobefahrt dauert 45 Minuten.'));
    await temp.index.upsert(
      doc('paint.md', 'en', 'The paint of the vehicle is checked under daylight lamps.'),
    );
    await temp.index.upsert(doc('garantia.md', 'es', 'Las garantías comerciales duran tres años.'));
  });

  it('finds "Übergabe des Fahrzeugs" for the compound "Fahrzeugübergabe" (split against the index vocabulary)', async () =>
    assert.equal((await search('Wie lange dauert eine Fahrzeugübergabe?'))[0], 'uebergabe.md'));

  it('finds a compound in a document for one of its parts', async () =>
    assert.equal((await search('Wie lange dauert eine Probefahrt?', 'de'))[0], 'probefahrt.md'));

  it('matches inflected forms through the language stemmer', async () =>
    assert.deepEqual(await search('¿Cuánto dura la garantía comercial?'), ['garantia.md']));

  it('leaves English questions to the English stemmer alone', async () =>
    assert.deepEqual(await search('Which paints are checked?'), ['paint.md']));

  it('without the compound split a German question misses the document (the split is what finds it)', async () => {
    // "Fahrzeugübergabe" as an English word: no stems, no parts, so only the exact token could match.
    assert.deepEqual(await search('Fahrzeugübergabe', 'en'), []);
    assert.equal((await search('Fahrzeugübergabe', 'de'))[0], 'uebergabe.md');
  });
});
