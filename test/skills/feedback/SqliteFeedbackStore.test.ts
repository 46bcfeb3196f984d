import { SqliteFeedbackStore } from '../../../skills/feedback/SqliteFeedbackStore';
import { sqliteStoreFactory } from '../../support/storeFixture';
import { feedbackStoreContract } from './FeedbackStore.contract';

feedbackStoreContract(
  'SQLite',
  sqliteStoreFactory((db, { now }) => new SqliteFeedbackStore({ db, now })),
);
