import fs from 'node:fs';
import path from 'node:path';
import type { SearchIndex } from '@azure/search-documents';
import { restIndexToSdk } from './azure/restIndexToSdk';

/** The index definition in the REST wire shape, reviewed and deployed as infrastructure. */
export const SEARCH_INDEX_JSON = path.join(__dirname, '..', '..', 'infra', 'search', 'knowledge-index.json');

const VECTOR_FIELD = 'contentVector';

export interface SearchIndexDefinitionOptions {
  /** Index name (2–128 lowercase letters, digits, `-`, `_`). */
  readonly name: string;
  /** Dimensions of `contentVector`; when unset the vector field and the vector search section are dropped. */
  readonly vectorDimensions?: number;
  /** Keep the semantic configuration `default`; default true. */
  readonly semantic?: boolean;
}

/**
 * The knowledge index definition (SDK `SearchIndex` model) built from `infra/search/knowledge-index.json`:
 * one search document per chunk, `accessPrincipals` filterable for security trimming, BM25 field weights
 * title 2 / heading 1.5 / content 1 as the default scoring profile (the same weights as `SqliteIndex`).
 * Throws when the JSON is malformed or `vectorDimensions` is not a positive integer.
 */
export function searchIndexDefinition(options: SearchIndexDefinitionOptions): SearchIndex {
  const index = restIndexToSdk(JSON.parse(fs.readFileSync(SEARCH_INDEX_JSON, 'utf8')) as unknown);
  index.name = options.name;
  const dimensions = options.vectorDimensions;
  if (dimensions === undefined) {
    index.fields = index.fields.filter((field) => field.name !== VECTOR_FIELD);
    delete index.vectorSearch;
  } else {
    if (!Number.isInteger(dimensions) || dimensions < 1) {
      throw new RangeError(`vectorDimensions must be a positive integer, got ${dimensions}`);
    }
    index.fields = index.fields.map((field) =>
      field.name === VECTOR_FIELD ? { ...field, vectorSearchDimensions: dimensions } : field,
    );
  }
  if (options.semantic === false) delete index.semanticSearch;
  return index;
}
