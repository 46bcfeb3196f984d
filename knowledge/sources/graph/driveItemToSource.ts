import crypto from 'node:crypto';
import path from 'node:path';
import type { Client } from '@microsoft/microsoft-graph-client';
import { permissionsToAccessList } from '../../access/permissionsToAccessList';
import type { GraphDriveItem, GraphPermission } from '../../graph/graphTypes';
import { readAllPages } from '../../graph/readAllPages';
import { statusOf, withGraphRetry, type GraphRetryOptions } from '../../graph/withGraphRetry';
import type { AccessList } from '../../access/AccessList';
import { downloadContent } from './downloadContent';
import { graphDocId, type GraphSourceItem } from './GraphSourceItem';
import { readSensitivityLabel } from './readSensitivityLabel';

export interface DriveItemContext {
  readonly client: Client;
  readonly baseUrl: string;
  readonly driveId: string;
  readonly brand?: string;
  readonly language?: string;
  readonly retry: GraphRetryOptions;
  readonly maxDownloadBytes: number;
  readonly now: () => number;
}

/**
 * Builds the SourceItem of one file: reads its permissions (all pages) and maps them to an access list, and
 * its sensitivity label (`readSensitivityLabel`, Word and PDF files). Returns `gone` when the item no longer
 * exists (404 on its permissions or label), so the caller deletes it.
 * `warnings` receives the permissions that could not be mapped (the item is then private to its owner).
 */
export async function driveItemToSource(
  context: DriveItemContext,
  item: GraphDriveItem,
  warnings: string[],
): Promise<GraphSourceItem | 'gone'> {
  const docId = graphDocId(context.driveId, item.id);
  const itemPath = `/drives/${encodeURIComponent(context.driveId)}/items/${encodeURIComponent(item.id)}`;
  let permissions: GraphPermission[];
  try {
    permissions = await readAllPages<GraphPermission>(context, `${itemPath}/permissions`);
  } catch (error) {
    if (statusOf(error) === 404) return 'gone';
    throw error;
  }
  const permissionsReadAt = new Date(context.now()).toISOString();
  const { access, unrecognised } = permissionsToAccessList(
    permissions,
    item.createdBy ? { createdBy: item.createdBy } : {},
  );
  for (const problem of unrecognised) {
    warnings.push(`${docId}: ${problem}; restricted to its owner (${access.join(', ') || 'nobody'})`);
  }
  const name = item.name ?? item.id;
  const sensitivityLabel = await readSensitivityLabel(context, itemPath, name, docId, warnings);
  if (sensitivityLabel === 'gone') return 'gone';
  const tag = item.cTag ?? item.eTag;
  return {
    docId,
    driveId: context.driveId,
    itemId: item.id,
    fileName: name,
    modified: item.lastModifiedDateTime ?? new Date(0).toISOString(),
    url: item.webUrl ?? '',
    ...(tag === undefined ? {} : { version: `${tag}|${accessDigest(access)}` }),
    meta: {
      title: path.parse(name).name || name,
      access,
      ...(context.brand === undefined ? {} : { brand: context.brand }),
      ...(context.language === undefined ? {} : { language: context.language }),
      ...(sensitivityLabel === undefined ? {} : { sensitivityLabel }),
    },
    permissionsReadAt,
    read: async () => ({
      bytes: await withGraphRetry(
        () => downloadContent(context.client, `${itemPath}/content`, context.maxDownloadBytes),
        context.retry,
      ),
    }),
  };
}

/** Short SHA-256 of an access list, part of the item version so a permission change is a new version. */
export function accessDigest(access: AccessList): string {
  return crypto
    .createHash('sha256')
    .update([...access].sort().join('\n'))
    .digest('hex')
    .slice(0, 16);
}
