import type { Client } from '@microsoft/microsoft-graph-client';
import { graphApiPath } from './createGraphClient';
import type { GraphPage } from './graphTypes';
import { withGraphRetry, type GraphRetryOptions } from './withGraphRetry';

/**
 * Every element of a Graph collection, following `@odata.nextLink` (only within `baseUrl`); each request is
 * retried per `retry`. Throws the first error that survives its retries: never returns a partial list.
 */
export async function readAllPages<T>(
  context: { readonly client: Client; readonly baseUrl: string; readonly retry: GraphRetryOptions },
  firstPath: string,
): Promise<T[]> {
  const values: T[] = [];
  let next: string | undefined = firstPath;
  while (next !== undefined) {
    const apiPath = graphApiPath(next, context.baseUrl);
    const page = (await withGraphRetry(
      () => context.client.api(apiPath).get(),
      context.retry,
    )) as GraphPage<T>;
    values.push(...(page.value ?? []));
    next = page['@odata.nextLink'];
  }
  return values;
}
