import { SqliteApprovalStore } from '../../../skills/reports/approval/SqliteApprovalStore';
import { sqliteStoreFactory } from '../../support/storeFixture';
import { approvalStoreContract } from './ApprovalStore.contract';

approvalStoreContract(
  'SQLite',
  sqliteStoreFactory((db) => new SqliteApprovalStore({ db })),
);
