/**
 * Schema version of the embedded index file; a file with another version is rebuilt from scratch (and
 * re-filled by the next ingest). 2: `documents.permissions_read_at`. 4: `chunks.search_text`, `chunks_vocab`.
 * 5: `documents.sensitivity_label`.
 */
export const SCHEMA_VERSION = '5';

/**
 * Embedded index schema. `chunks_fts` is an external-content FTS5 table kept in sync by triggers, so a
 * document's rows, its access rows and its FTS entries always change in the same transaction.
 * Tokenizer: porter stemming over unicode61 with diacritics removed (so "securite" matches "sécurité").
 * `chunks.search_text` is what the FTS `text` column indexes when it is not NULL: the text plus its search forms
 * in the document's language (stems, compound parts; see `searchForms`); NULL means the text itself (English).
 * `chunks_vocab` lists the indexed terms (the vocabulary compounds are split against).
 */
export const SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS index_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
  doc_id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  url TEXT NOT NULL,
  brand TEXT NOT NULL,
  language TEXT NOT NULL,
  modified TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  access TEXT NOT NULL,
  permissions_read_at TEXT,
  sensitivity_label TEXT
);
CREATE TABLE IF NOT EXISTS doc_access (
  principal TEXT NOT NULL,
  doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
  PRIMARY KEY (principal, doc_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS doc_access_doc ON doc_access(doc_id);
CREATE TABLE IF NOT EXISTS chunks (
  rowid INTEGER PRIMARY KEY,
  chunk_id TEXT NOT NULL UNIQUE,
  doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  title TEXT NOT NULL,
  heading TEXT NOT NULL,
  text TEXT NOT NULL,
  search_text TEXT
);
CREATE INDEX IF NOT EXISTS chunks_doc ON chunks(doc_id, ordinal);
CREATE VIRTUAL TABLE IF NOT EXISTS chunks_fts USING fts5(
  title, heading, text,
  content='chunks', content_rowid='rowid',
  tokenize='porter unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE IF NOT EXISTS chunks_vocab USING fts5vocab(chunks_fts, 'row');
CREATE TRIGGER IF NOT EXISTS chunks_ai AFTER INSERT ON chunks BEGIN
  INSERT INTO chunks_fts(rowid, title, heading, text)
  VALUES (new.rowid, new.title, new.heading, coalesce(new.search_text, new.text));
END;
CREATE TRIGGER IF NOT EXISTS chunks_ad AFTER DELETE ON chunks BEGIN
  INSERT INTO chunks_fts(chunks_fts, rowid, title, heading, text)
  VALUES ('delete', old.rowid, old.title, old.heading, coalesce(old.search_text, old.text));
END;
`;
