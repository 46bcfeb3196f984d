import { InMemoryFollowUpContextStore } from '../../../skills/knowledge/ConversationContext';
import { followUpContextStoreContract } from './FollowUpContextStore.contract';

// Process-local: every `open` of one fixture is the same store (there is no data to share with another).
followUpContextStoreContract('in memory', async () => {
  let store: InMemoryFollowUpContextStore | undefined;
  return {
    open: async (options) => (store ??= new InMemoryFollowUpContextStore(options)),
    cleanup: async () => undefined,
  };
});
