import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { indexTokens } from '../../../knowledge/index/indexTokens';
import { porterStem } from '../../../knowledge/index/porterStem';

/** The terms SQLite's own FTS5 tokenizer (as the index declares it) gives each word. */
function ftsTerms(words: readonly string[]): string[] {
  const db = new Database(':memory:');
  try {
    db.exec(
      "CREATE VIRTUAL TABLE t USING fts5(x, tokenize='porter unicode61 remove_diacritics 2'); CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance');",
    );
    const insert = db.prepare('INSERT INTO t(rowid, x) VALUES (?, ?)');
    words.forEach((word, i) => insert.run(i + 1, word));
    const terms = new Map(
      (db.prepare('SELECT term, doc FROM v').all() as { term: string; doc: number }[]).map((row) => [
        row.doc,
        row.term,
      ]),
    );
    return words.map((_, i) => terms.get(i + 1) ?? '');
  } finally {
    db.close();
  }
}

describe('porterStem / indexTokens', () => {
  // Every rule of every step, the suffixes FTS5 checks with a length guard, short and long tokens,
  // digits, and Latin diacritics (folded before stemming, as `remove_diacritics 2` does).
  const words = [
    'caresses',
    'ponies',
    'ties',
    'caress',
    'cats',
    'feed',
    'agreed',
    'eed',
    'plastered',
    'bled',
    'motoring',
    'sing',
    'conflated',
    'troubled',
    'sized',
    'hopping',
    'tanned',
    'falling',
    'hissing',
    'fizzed',
    'failing',
    'filing',
    'happy',
    'sky',
    'relational',
    'conditional',
    'rational',
    'valenci',
    'hesitanci',
    'digitizer',
    'conformabli',
    'radicalli',
    'differentli',
    'vileli',
    'analogousli',
    'vietnamization',
    'predication',
    'operator',
    'feudalism',
    'decisiveness',
    'hopefulness',
    'callousness',
    'formaliti',
    'sensitiviti',
    'sensibiliti',
    'triplicate',
    'formative',
    'formalize',
    'electriciti',
    'electrical',
    'hopeful',
    'goodness',
    'revival',
    'allowance',
    'inference',
    'airliner',
    'gyroscopic',
    'adjustable',
    'defensible',
    'irritant',
    'replacement',
    'adjustment',
    'dependent',
    'adoption',
    'homologou',
    'communism',
    'activate',
    'angulariti',
    'homologous',
    'effective',
    'bowdlerize',
    'probate',
    'rate',
    'cease',
    'controll',
    'roll',
    'generalizations',
    'oscillators',
    'a',
    'is',
    'at',
    'b12',
    'apoe4',
    'x'.repeat(70),
    'élite',
    'naïve',
    'Québec',
    'Müller',
    'anti',
    'days',
    'may',
    'living',
    'played',
    'logical',
    'ability',
    'archaeology',
  ];

  it('gives every word the same term as the index tokenizer', () => {
    const expected = ftsTerms(words);
    const stems = new Map<string, string>();
    const got = words.map((word) => indexTokens(word, stems)[0] ?? '');
    const differing = words.flatMap((word, i) =>
      got[i] === expected[i] ? [] : [`${word}: ${got[i]} (index: ${expected[i]})`],
    );
    assert.deepEqual(differing, []);
    assert.deepEqual(got, expected);
  });

  it('stems by the rules (independent of SQLite)', () => {
    assert.equal(porterStem('relational'), 'relat');
    assert.equal(porterStem('generalizations'), 'gener');
    assert.equal(porterStem('hopping'), 'hop');
    assert.equal(porterStem('at'), 'at');
  });

  it('splits text into the index terms in order', () => {
    assert.deepEqual(indexTokens('Brake-fade TESTS: 2 runs, élite drivers', new Map()), [
      'brake',
      'fade',
      'test',
      '2',
      'run',
      'elit',
      'driver',
    ]);
  });
});
