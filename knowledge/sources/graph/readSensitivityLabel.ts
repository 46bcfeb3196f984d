import path from 'node:path';
import type { Client } from '@microsoft/microsoft-graph-client';
import type { GraphExtractSensitivityLabelsResult } from '../../graph/graphTypes';
import { statusOf, withGraphRetry, type GraphRetryOptions } from '../../graph/withGraphRetry';

/**
 * File types SharePoint and OneDrive keep sensitivity labels on, of those the ingest reads
 * (`extractSensitivityLabels` applies only to supported file extensions; other files carry no label).
 */
export const LABELLED_EXTENSIONS: readonly string[] = ['.docx', '.pdf'];

/**
 * The value stored for a file whose label could not be read: no profile label names it, so it ranks above
 * every known label (fail closed: never quoted into group conversations).
 */
export const UNREADABLE_LABEL = 'unreadable';

/**
 * The sensitivity label of one drive item: `POST {itemPath}/extractSensitivityLabels` (documented response:
 * `extractSensitivityLabelsResult`, `labels` of `sensitivityLabelAssignment`), the first label's
 * `sensitivityLabelId`; undefined when the file type carries no labels or the file has none. Throttling and
 * service errors are retried (`withGraphRetry`) and then thrown (the item fails and is read again next run);
 * `404` is `gone`; any other client error gives `UNREADABLE_LABEL` with a warning (fail closed).
 */
export async function readSensitivityLabel(
  context: { readonly client: Client; readonly retry: GraphRetryOptions },
  itemPath: string,
  fileName: string,
  docId: string,
  warnings: string[],
): Promise<string | undefined | 'gone'> {
  if (!LABELLED_EXTENSIONS.includes(path.extname(fileName).toLowerCase())) return undefined;
  let result: GraphExtractSensitivityLabelsResult;
  try {
    result = (await withGraphRetry(
      () => context.client.api(`${itemPath}/extractSensitivityLabels`).post({}),
      context.retry,
    )) as GraphExtractSensitivityLabelsResult;
  } catch (error) {
    const status = statusOf(error);
    if (status === 404) return 'gone';
    if (status === undefined || status >= 500 || status === 429) throw error;
    warnings.push(`${docId}: sensitivity label unreadable (HTTP ${status}); treated as the most restrictive`);
    return UNREADABLE_LABEL;
  }
  const id = result?.labels?.find(
    (label) => typeof label.sensitivityLabelId === 'string',
  )?.sensitivityLabelId;
  return id?.trim() || undefined;
}
