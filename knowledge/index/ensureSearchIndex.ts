import type { SearchIndex, SearchIndexClient } from '@azure/search-documents';
import { toSearchServiceError } from './azure/SearchServiceError';

/**
 * Makes the service's index match `definition`, idempotently: creates it when missing (`created`), leaves it
 * alone when every property the definition sets already has that value on the service (`unchanged`; values
 * the service fills in, such as defaults and the ETag, are ignored), and otherwise sends the definition with
 * `createOrUpdateIndex` (`updated`). The service refuses changes it can't apply in place (e.g. a field's
 * type or analyzer): that becomes a SearchServiceError `search_rejected`; a transient failure
 * `search_unavailable`.
 */
export async function ensureSearchIndex(
  client: SearchIndexClient,
  definition: SearchIndex,
): Promise<'created' | 'updated' | 'unchanged'> {
  let existing: SearchIndex | undefined;
  try {
    existing = await client.getIndex(definition.name);
  } catch (error) {
    if ((error as { statusCode?: number }).statusCode !== 404) throw toSearchServiceError('getIndex', error);
  }
  if (existing && isContainedIn(definition, existing)) return 'unchanged';
  try {
    await client.createOrUpdateIndex(definition);
  } catch (error) {
    throw toSearchServiceError('createOrUpdateIndex', error);
  }
  return existing ? 'updated' : 'created';
}

/**
 * True when every defined value of `wanted` equals the value at the same place in `actual`. Arrays must
 * have the same length; elements are compared in order.
 */
export function isContainedIn(wanted: unknown, actual: unknown): boolean {
  if (wanted === undefined) return true;
  if (Array.isArray(wanted)) {
    return (
      Array.isArray(actual) &&
      wanted.length === actual.length &&
      wanted.every((item, i) => isContainedIn(item, actual[i]))
    );
  }
  if (typeof wanted === 'object' && wanted !== null) {
    if (typeof actual !== 'object' || actual === null || Array.isArray(actual)) return false;
    const record = actual as Record<string, unknown>;
    return Object.entries(wanted).every(([key, value]) => isContainedIn(value, record[key]));
  }
  return Object.is(wanted, actual);
}
