import { TableFeedbackStore } from '../../../skills/feedback/TableFeedbackStore';
import { azureStoreFactory } from '../../support/azureStoreFactory';
import { feedbackStoreContract } from './FeedbackStore.contract';

feedbackStoreContract(
  'Azure Table Storage (Azurite)',
  azureStoreFactory((storage, { now }) => new TableFeedbackStore({ table: storage.table('feedback'), now })),
);
