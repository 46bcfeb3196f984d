import { SqliteIdempotencyStore } from '../../../skills/confirm/SqliteIdempotencyStore';
import { sqliteStoreFactory } from '../../support/storeFixture';
import { idempotencyStoreContract } from './IdempotencyStore.contract';

idempotencyStoreContract(
  'SQLite',
  sqliteStoreFactory((db) => new SqliteIdempotencyStore({ db })),
);
