import { StateFollowUpContextStore } from '../../../skills/knowledge/StateFollowUpContextStore';
import { SqliteConversationStateStore } from '../../../skills/state/SqliteConversationStateStore';
import { TableConversationStateStore } from '../../../skills/state/TableConversationStateStore';
import { azureStoreFactory } from '../../support/azureStoreFactory';
import { sqliteStoreFactory } from '../../support/storeFixture';
import { followUpContextStoreContract } from './FollowUpContextStore.contract';

followUpContextStoreContract(
  'over the conversation state store (SQLite)',
  sqliteStoreFactory(
    (db, options) =>
      new StateFollowUpContextStore({
        ...options,
        state: new SqliteConversationStateStore({ db, now: options.now }),
      }),
  ),
);

followUpContextStoreContract(
  'over the conversation state store (Azure Table Storage, Azurite)',
  azureStoreFactory(
    (storage, options) =>
      new StateFollowUpContextStore({
        ...options,
        state: new TableConversationStateStore({ table: storage.table('state'), now: options.now }),
      }),
  ),
);
