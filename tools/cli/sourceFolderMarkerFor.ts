import { SourceFolderMarker } from '../../knowledge/ingest/SourceFolderMarker';
import type { AppConfig } from '../../host/config/loadConfig';

/** The marker remembering which folder the configured index (embedded file or Azure index) was built from. */
export function sourceFolderMarkerFor(config: AppConfig): SourceFolderMarker {
  const indexKey =
    config.search.backend === 'azure'
      ? `azure:${config.search.endpoint}/${config.search.indexName}`
      : 'embedded';
  return new SourceFolderMarker({ dataDir: config.dataDir, indexKey });
}
