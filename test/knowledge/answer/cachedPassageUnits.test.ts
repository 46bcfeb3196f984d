import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BoundedMemo } from '../../../knowledge/memo/BoundedMemo';
import { PassageMemo } from '../../../knowledge/answer/PassageMemo';
import { numbersOf, unitFeatures } from '../../../knowledge/answer/rankCandidates';
import { containsPhrase, phrasePattern } from '../../../knowledge/profile/phrasePattern';
import { cachedPassageUnits, clearPassageUnitsCache } from '../../../knowledge/answer/cachedPassageUnits';
import { joinedForms, passageForms } from '../../../knowledge/answer/passageForms';
import { passageUnits, type PassageAnalysis } from '../../../knowledge/answer/passageUnits';
import { passageVocabulary } from '../../../knowledge/answer/passageVocabulary';
import { compactForm } from '../../../knowledge/answer/questionEntities';
import { queryTerms } from '../../../knowledge/answer/terms';
import { SqliteIndex } from '../../../knowledge/index/SqliteIndex';
import { runIngest } from '../../../knowledge/ingest/runIngest';
import { FolderSource } from '../../../knowledge/sources/FolderSource';
import type { Passage } from '../../../knowledge/index/Passage';

const SAMPLE = path.join(__dirname, '../../../knowledge/sample');

/** Every chunk of the sample corpus as a passage, read back from a real index. */
async function samplePassages(): Promise<Passage[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'units-cache-'));
  const index = new SqliteIndex({ file: path.join(dir, 'index.sqlite') });
  try {
    await runIngest({ source: new FolderSource({ root: path.join(SAMPLE, 'corpus') }), index });
    const passages: Passage[] = [];
    for (const docId of [...(await index.listHashes()).keys()].sort()) {
      const meta = await index.getDocument(docId);
      assert.ok(meta);
      for (const chunk of await index.getChunks(docId))
        passages.push({
          ...meta,
          chunkId: chunk.chunkId,
          heading: chunk.heading,
          text: chunk.text,
          score: 1,
        });
    }
    return passages;
  } finally {
    await index.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('cached passage analysis (units, vocabulary, name forms)', function () {
  this.timeout(60_000);
  let passages: Passage[];
  before(async () => {
    passages = await samplePassages();
    assert.ok(passages.length > 100, `the sample corpus gives many passages (${passages.length})`);
    assert.ok(new Set(passages.map((p) => p.language)).size > 2, 'in several languages');
  });

  const vocabulary = new Set(['fahrzeug', 'ubergab', 'brems', 'test']);
  const analyses: (PassageAnalysis | undefined)[] = [
    undefined,
    { questionLanguage: 'en' },
    { questionLanguage: 'fr', known: (t) => vocabulary.has(t) },
    { questionLanguage: 'de', known: (t) => vocabulary.has(t) },
    { questionLanguage: 'it', known: (t) => vocabulary.has(t) },
  ];

  it('gives exactly the units of passageUnits, on a miss and on a hit, at any passage index', () => {
    clearPassageUnitsCache();
    for (const analysis of analyses)
      for (const [i, passage] of passages.entries()) {
        const index = i % 13;
        const expected = passageUnits(passage, index, analysis);
        assert.deepEqual(cachedPassageUnits(passage, index, analysis), expected);
        assert.deepEqual(cachedPassageUnits(passage, index, analysis), expected, 'hit');
        assert.deepEqual(
          cachedPassageUnits(passage, index + 1, analysis),
          passageUnits(passage, index + 1, analysis),
        );
      }
  });

  it('splitting compounds, reuses an analysis only while the vocabulary answers alike (any of the last 4)', () => {
    clearPassageUnitsCache();
    const vocabularies = [
      ['fahrzeug', 'ubergab', 'brems', 'test'],
      ['fahrzeug', 'brems'],
      ['ubergab', 'marke', 'stimm'],
      [],
      ['fahrzeug', 'ubergab', 'brems', 'test', 'marke', 'stimm', 'vorfuhr', 'wag'],
      ['fahrzeug'],
    ].map((terms) => new Set(terms));
    const some = passages.filter((p) => p.language === 'de' || p.language === 'nl').slice(0, 12);
    assert.ok(some.length > 3, 'the sample has German passages');
    for (const round of [0, 1, 2])
      for (const [v, vocabulary] of vocabularies.entries())
        for (const [i, passage] of [...some, ...passages.slice(0, 3)].entries()) {
          const analysis = {
            questionLanguage: round === 1 ? 'de' : 'en',
            known: (t: string) => vocabulary.has(t),
          };
          const index = (i + v) % 5;
          assert.deepEqual(
            cachedPassageUnits(passage, index, analysis),
            passageUnits(passage, index, analysis),
          );
        }
  });

  it('splitting compounds, a vocabulary giving the same answers reuses the analysis (shared sets)', () => {
    clearPassageUnitsCache();
    const passage = passages.find((p) => p.docId.includes('fahrzeuguebergabe')) as Passage;
    const known = new Set(['fahrzeug', 'ubergab']);
    const first = cachedPassageUnits(passage, 0, { questionLanguage: 'en', known: (t) => known.has(t) });
    const again = cachedPassageUnits(passage, 2, { questionLanguage: 'en', known: (t) => known.has(t) });
    assert.ok(first.length > 0);
    assert.equal(again[0]?.terms, first[0]?.terms, 'reused');
    const other = cachedPassageUnits(passage, 0, { questionLanguage: 'en', known: () => false });
    assert.notEqual(other[0]?.terms, first[0]?.terms, 'analysed afresh');
    assert.deepEqual(other, passageUnits(passage, 0, { questionLanguage: 'en', known: () => false }));
  });

  it('keys on the text: a passage edited under the same chunk id is analysed afresh', () => {
    const passage = passages.find((p) => p.language === 'en') as Passage;
    cachedPassageUnits(passage, 0);
    const edited = { ...passage, text: `${passage.text}\n\nThe torque limit is 42 Nm for every wheel bolt.` };
    assert.deepEqual(cachedPassageUnits(edited, 0), passageUnits(edited, 0));
    assert.notDeepEqual(cachedPassageUnits(edited, 0), cachedPassageUnits(passage, 0));
  });

  it('gives the vocabulary queryTerms gives, per passage and question language', () => {
    for (const language of ['en', 'fr', 'de'])
      for (const p of passages) {
        const expected = queryTerms(`${p.title}\n${p.heading}\n${p.text}`, {
          languages: [p.language, language],
        });
        assert.deepEqual(passageVocabulary(p, language), expected);
        assert.deepEqual(passageVocabulary(p, language), expected, 'hit');
      }
  });

  it('assembles the compact form and words of joined passages as computing them on the joined text', () => {
    const textOf = (p: Passage): string => `${p.title} ${p.docId} ${p.heading} ${p.text}`;
    const wordsOf = (text: string): Set<string> =>
      new Set(
        text
          .toLowerCase()
          .split(/[^\p{L}\p{M}\p{N}]+/u)
          .filter(Boolean),
      );
    for (let start = 0; start < passages.length; start += 7) {
      const some = passages.slice(start, start + 12);
      const joined = some.map(textOf).join(' ');
      const forms = joinedForms(some);
      assert.equal(forms.compact, compactForm(joined));
      const words = wordsOf(joined);
      for (const word of words) assert.ok(forms.words.has(word), word);
      for (const word of ['ecu', 'zz-top', 'nmp', 'qnx', 'gdpr', ''])
        assert.equal(forms.words.has(word), words.has(word), word);
    }
    const one = passages[0] as Passage;
    assert.equal(passageForms(one).compact, compactForm(textOf(one)));
    assert.equal(joinedForms([]).compact, '');
    assert.equal(joinedForms([]).words.has('the'), false);
    const tricky = { ...one, title: 'ΟΔΟΣ', heading: '\u0301é', text: 'e\u0301 GOV.UK' };
    assert.equal(joinedForms([tricky, one]).compact, compactForm(`${textOf(tricky)} ${textOf(one)}`));
  });
});

describe('PassageMemo', () => {
  const base: Passage = {
    docId: 'a.md',
    chunkId: 'a.md#1',
    title: 'A',
    url: '',
    access: ['everyone'],
    brand: 'group',
    language: 'en',
    modified: '2026-01-01T00:00:00Z',
    heading: 'A > B',
    text: 'One text.',
    score: 1,
  };
  it('reuses a value only while every field it reads is the same, per variant', () => {
    const memo = new PassageMemo<string>(8);
    let computed = 0;
    const get = (p: Passage, variant = ''): string =>
      memo.get(p, variant, () => `${p.text}/${(computed += 1)}`);
    assert.equal(get(base), 'One text./1');
    assert.equal(get({ ...base, score: 9, url: 'https://x' }), 'One text./1', 'score and url are not read');
    assert.equal(get(base, 'fr'), 'One text./2', 'another variant');
    for (const change of [
      { text: 'Two.' },
      { title: 'T' },
      { heading: 'H' },
      { docId: 'b.md' },
      { language: 'de' },
    ])
      assert.notEqual(get({ ...base, ...change }), 'One text./1', JSON.stringify(change));
    assert.equal(get({ ...base, language: 'de' }), get({ ...base, language: 'de' }));
  });
});

describe('text features and phrase patterns, computed once', () => {
  it('unitFeatures equals the direct computation, on a miss and on a hit', () => {
    const texts = [
      'Stop 15 times from 120 km/h.',
      'Set `max_speed` first.',
      'twelve steps',
      'No number here.',
      'useCamelCase now',
    ];
    for (const text of [...texts, ...texts]) {
      const features = unitFeatures(text);
      assert.equal(features.numeric, /\p{N}|\b(?:twelve|fifteen)\b/iu.test(text), text);
      if (features.numeric) assert.deepEqual(features.numbers, numbersOf(text));
    }
    assert.equal(unitFeatures('Set `max_speed` first.').named, true);
    assert.equal(unitFeatures('No number here.').named, false);
  });

  it('containsPhrase gives what phrasePattern gives, call after call', () => {
    const cases: [string, string][] = [
      ['Ask about the e-mail policy', 'e-mail'],
      ['Ask about the email policy', 'e-mail'],
      ['GOV.UK design system', 'gov.uk'],
      ['The NMP-E  platform', 'nmp-e platform'],
      ['anything', '   '],
      // KELVIN SIGN and LONG S fold to `k` and `s`; the words pre-check must not rule them out.
      ['The \u212Ait box', 'kit'],
      ['Ask about \u017Fafety gloves', 'safety gloves'],
      ['Stra\u017Fe \u212Aits', 'kits'],
      ['What’s the rule for SAFETY   gloves?', 'safety gloves'],
      ['What’s the rule for safety boots?', 'safety gloves'],
      ['unsafety gloves', 'safety gloves'],
      ['Über die Sicherheit', 'über'],
      ['uber', 'über'],
    ];
    for (let round = 0; round < 3; round += 1)
      for (const [text, phrase] of cases)
        assert.equal(containsPhrase(text, phrase), phrase.trim() !== '' && phrasePattern(phrase).test(text));
  });
});

describe('BoundedMemo', () => {
  it('computes once per key and drops the least recently used beyond its capacity', () => {
    const memo = new BoundedMemo<string, number>(2);
    let computed = 0;
    const get = (key: string): number => memo.get(key, () => (computed += 1));
    assert.equal(get('a'), 1);
    assert.equal(get('a'), 1);
    assert.equal(get('b'), 2);
    assert.equal(get('a'), 1, 'a is now the most recently used');
    assert.equal(get('c'), 3, 'b is dropped');
    assert.equal(memo.size, 2);
    assert.equal(get('a'), 1);
    assert.equal(get('b'), 4, 'b was dropped, so it is computed again');
    assert.throws(() => new BoundedMemo(0), RangeError);
  });
});
