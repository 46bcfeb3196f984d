import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { TermRescorer } from '../../../knowledge/index/TermRescorer';
import { ftsWords, matchAny } from '../../../knowledge/index/ftsQuery';
import { SCHEMA_SQL } from '../../../knowledge/index/sqliteSchema';

/** A real index file's tables, filled with generated rows of varied length and word mix. */
function filledIndex(): Database.Database {
  const db = new Database(':memory:');
  db.exec(SCHEMA_SQL);
  db.prepare(
    "INSERT INTO documents VALUES ('d', 'Doc', '', 'b', 'en', '1970-01-01T00:00:00Z', 'h', '[\"everyone\"]', NULL, NULL)",
  ).run();
  const vocabulary = [
    'brake',
    'braking',
    'fade',
    'testing',
    'tests',
    'caliper',
    'pads',
    'rotor',
    'heat',
    'wear',
  ];
  const insert = db.prepare(
    'INSERT INTO chunks(chunk_id, doc_id, ordinal, title, heading, text) VALUES (?, ?, ?, ?, ?, ?)',
  );
  for (let i = 0; i < 300; i += 1) {
    const words = Array.from(
      { length: 5 + (i % 23) },
      (_, j) => vocabulary[(i * 7 + j * j) % vocabulary.length],
    );
    insert.run(
      `c${i}`,
      'd',
      i,
      i % 5 === 0 ? 'Brake manual' : 'Guide',
      i % 3 === 0 ? 'Fade tests' : '',
      words.join(' '),
    );
  }
  return db;
}

describe('TermRescorer', () => {
  const weights = [2, 1.5, 1] as const;

  for (const query of [
    'brake fade',
    'braking tests heat',
    'caliper',
    'pads rotor wear heat brake',
    'nothing brake',
    'brake braking tests testing',
  ]) {
    it(`scores rows as FTS5 bm25() does: "${query}"`, () => {
      const db = filledIndex();
      const words = ftsWords(query);
      const rows = db
        .prepare(
          `SELECT c.rowid, c.title, c.heading, c.text, bm25(chunks_fts, 2, 1.5, 1) AS rank
           FROM chunks_fts JOIN chunks c ON c.rowid = chunks_fts.rowid WHERE chunks_fts MATCH ? ORDER BY rank LIMIT 60`,
        )
        .all(matchAny(words)) as {
        rowid: number;
        title: string;
        heading: string;
        text: string;
        rank: number;
      }[];
      assert.ok(rows.length > 0);
      const rescorer = new TermRescorer(db, weights);
      const scores = rescorer.score(rescorer.terms(words), rows);
      rows.forEach((row, i) =>
        assert.ok(Math.abs(scores[i]! + row.rank) < 1e-9, `${row.rowid}: ${scores[i]} vs ${-row.rank}`),
      );
    });
  }

  it('counts the rows holding each term, and counts again after invalidate()', () => {
    const db = filledIndex();
    const rescorer = new TermRescorer(db, weights);
    const [caliper] = rescorer.terms(['caliper']);
    const expected = (
      db.prepare(`SELECT count(*) AS n FROM chunks_fts WHERE chunks_fts MATCH '"caliper"'`).get() as {
        n: number;
      }
    ).n;
    assert.equal(caliper?.rows, expected);
    assert.equal(rescorer.rowTotal(), 300);
    db.prepare(
      "INSERT INTO chunks(chunk_id, doc_id, ordinal, title, heading, text) VALUES ('x', 'd', 999, '', '', 'caliper')",
    ).run();
    rescorer.invalidate();
    assert.equal(rescorer.terms(['caliper'])[0]?.rows, expected + 1);
    assert.equal(rescorer.rowTotal(), 301);
  });
});
