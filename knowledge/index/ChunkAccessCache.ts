import { dataVersion } from './dataVersion';
import type Database from 'better-sqlite3';

/** What an access check needs of a chunk's document. */
export interface ChunkAccess {
  readonly access: readonly string[];
  readonly brand: string;
  readonly language: string;
}

/** A rebuild is skipped when the last one is more recent than this (the caller then joins in SQL). */
const REBUILD_INTERVAL_MS = 10_000;

/**
 * Every chunk's access list, brand and language in memory, keyed by chunk row id, so ranked matches are
 * checked without reading their rows. Contract: `current()` gives a map that reflects the index as it is now,
 * or undefined when the index changed (`invalidate()` after this connection's writes, `PRAGMA data_version`
 * for other connections') and the map was rebuilt less than 10 s ago: during an ingest the caller falls back
 * to checking access in SQL instead of rebuilding on every search. Documents share one entry.
 */
export class ChunkAccessCache {
  private map: Map<number, ChunkAccess> | undefined;
  private version = -1;
  private builtAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly db: Database.Database,
    private readonly now: () => number = Date.now,
  ) {}

  invalidate(): void {
    this.map = undefined;
  }

  current(): ReadonlyMap<number, ChunkAccess> | undefined {
    const version = dataVersion(this.db);
    if (version !== this.version) this.map = undefined;
    if (this.map) return this.map;
    if (this.now() - this.builtAt < REBUILD_INTERVAL_MS) return undefined;
    this.version = version;
    this.builtAt = this.now();
    this.map = this.build();
    return this.map;
  }

  private build(): Map<number, ChunkAccess> {
    const documents = new Map<string, ChunkAccess>();
    for (const row of this.db
      .prepare('SELECT doc_id, access, brand, language FROM documents')
      .iterate() as Iterable<{
      doc_id: string;
      access: string;
      brand: string;
      language: string;
    }>) {
      documents.set(row.doc_id, {
        access: JSON.parse(row.access) as string[],
        brand: row.brand,
        language: row.language,
      });
    }
    const chunks = new Map<number, ChunkAccess>();
    for (const row of this.db.prepare('SELECT rowid, doc_id FROM chunks').raw().iterate() as Iterable<
      [number, string]
    >) {
      const entry = documents.get(row[1]);
      if (entry) chunks.set(row[0], entry);
    }
    return chunks;
  }
}
