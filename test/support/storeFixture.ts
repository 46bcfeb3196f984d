import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';

/**
 * What a store contract test needs from one backend: `open` returns a new store over the same data on every
 * call (as after a restart, or on a second instance), and `cleanup` closes and removes everything it made.
 * A contract runs against any backend given such a factory (the SQLite files here; Azure Storage later).
 */
export interface StoreFixture<Store, Options> {
  open(options: Options): Promise<Store>;
  cleanup(): Promise<void>;
}

export type StoreFactory<Store, Options> = () => Promise<StoreFixture<Store, Options>>;

/**
 * A fixture whose every `open` makes a store with `make(options)`; `cleanup` runs `release` over the stores made
 * (in the order they were made), then `after`.
 */
export function trackingFixture<Store, Options>(
  make: (options: Options) => Store,
  release: (store: Store) => unknown,
  after: () => unknown,
): StoreFixture<Store, Options> {
  const opened: Store[] = [];
  return {
    async open(options) {
      const store = make(options);
      opened.push(store);
      return store;
    },
    async cleanup() {
      for (const store of opened) await release(store);
      await after();
    },
  };
}

/**
 * The SQLite backend of a contract: one state file in a fresh temp dir; every `open` opens its own connection
 * to it (WAL, as the app does), so two stores share data only through the file.
 */
export function sqliteStoreFactory<Store, Options>(
  make: (db: Database.Database, options: Options) => Store,
): StoreFactory<Store, Options> {
  return async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'state-contract-'));
    const connections: Database.Database[] = [];
    return {
      async open(options) {
        const db = new Database(path.join(dir, 'state.sqlite'));
        db.pragma('journal_mode = WAL');
        connections.push(db);
        return make(db, options);
      },
      async cleanup() {
        for (const db of connections) db.close();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  };
}

/**
 * Mocha hooks for a contract: before each test a fresh fixture and one store opened with `options()`; after each
 * test the fixture's cleanup. `store` is that test's store; `open()` opens another over the same data.
 */
export function storeUnderTest<Store, Options>(
  factory: StoreFactory<Store, Options>,
  options: () => Options,
): { readonly store: Store; open(): Promise<Store> } {
  let fixture: StoreFixture<Store, Options> | undefined;
  let store: Store | undefined;
  beforeEach(async () => {
    fixture = await factory();
    store = await fixture.open(options());
  });
  afterEach(async () => {
    await fixture?.cleanup();
    fixture = undefined;
    store = undefined;
  });
  const current = (): StoreFixture<Store, Options> => {
    if (!fixture) throw new Error('storeUnderTest: used outside a test');
    return fixture;
  };
  return {
    get store(): Store {
      current();
      return store as Store;
    },
    open: () => current().open(options()),
  };
}

/**
 * A backend over files in a fresh temp dir: every `open` makes a store with `make(dir, options)`; cleanup closes
 * every store made, then removes the dir.
 */
export function tempDirStoreFactory<Store extends { close(): Promise<void> }, Options>(
  make: (dir: string, options: Options) => Store,
): StoreFactory<Store, Options> {
  return async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'store-contract-'));
    return trackingFixture(
      (options: Options) => make(dir, options),
      (store) => store.close(),
      () => fs.rmSync(dir, { recursive: true, force: true }),
    );
  };
}
