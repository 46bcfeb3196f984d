import type { ChangeFeedSource } from './ChangeFeedSource';
import type { DocumentSource, SourceItem } from './DocumentSource';

/**
 * A listing source (a folder) as a change feed: every run is one page holding the whole listing, a full resync
 * of every doc id (`resync: 'full'`, prefix ''), so whatever the index holds that the listing does not is
 * deleted. Nothing to resume: the page's checkpoint is empty. Items stay lazy (content is read only for
 * items whose version changed).
 */
export function listingFeed(source: DocumentSource): ChangeFeedSource {
  return {
    name: source.name,
    docIdPrefix: '',
    async *changes() {
      const upserts: SourceItem[] = [];
      for await (const item of source.list()) upserts.push(item);
      yield { upserts, deletes: [], checkpoint: '', resync: 'full', resyncPrefix: '' };
    },
  };
}
