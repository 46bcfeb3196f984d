import crypto from 'node:crypto';
import { chunkDocument } from '../chunk/chunkDocument';
import { extractText } from '../extract/extractText';
import { noAccessWarning, parseSidecar, readDocumentMeta } from '../extract/readDocumentMeta';
import type { SourceContent, SourceItem } from '../sources/DocumentSource';
import type { IndexedDocument } from '../index/IndexedDocument';

/**
 * Version of the extract/chunk pipeline. It is part of every content hash, so changing how text is
 * extracted, described (5: sensitivity labels) or chunked re-indexes every document on the next run.
 */
export const PIPELINE_VERSION = '5';

/**
 * The content hash of an item: from its source `version` and source metadata when it has one (no download
 * needed), else from its bytes, sidecar and inherited folder defaults (`defaults.fingerprint`). Always
 * includes the pipeline version.
 */
export function itemHash(item: SourceItem, content?: SourceContent): string {
  const hash = crypto.createHash('sha256').update(`pipeline:${PIPELINE_VERSION}\u0000`);
  if (item.version !== undefined) {
    return hash.update(`version:${item.version}\u0000meta:${JSON.stringify(item.meta ?? {})}`).digest('hex');
  }
  if (!content) throw new Error(`itemHash: ${item.docId} has no version, so its content is needed`);
  return hash
    .update(content.bytes)
    .update('\u0000sidecar\u0000')
    .update(content.sidecar ?? '')
    .update('\u0000defaults\u0000')
    .update(content.defaults?.fingerprint ?? '')
    .digest('hex');
}

/**
 * Extracts, describes and chunks one source item. Metadata precedence, key by key: the source's `meta`
 * (e.g. Graph permissions) over the sidecar over front matter over inherited folder defaults. Throws
 * ExtractionError / UnsupportedFormatError on bad content; `warnings` receives metadata warnings (rejected
 * entries, bad language, ...). A missing access list is not a warning: the caller sees `access` empty and
 * counts it (see `IngestSummary.noAccess`).
 */
export async function buildDocument(
  item: SourceItem,
  content: SourceContent,
  contentHash: string,
  warnings: string[],
): Promise<IndexedDocument> {
  const extracted = await extractText({ fileName: item.fileName, bytes: content.bytes });
  const sidecar =
    content.sidecar === undefined ? undefined : parseSidecar(content.sidecar, `${item.fileName}.meta.yaml`);
  const sourceMeta = Object.fromEntries(
    Object.entries(item.meta ?? {}).filter(([, value]) => value !== undefined),
  );
  const { meta, warnings: metaWarnings } = readDocumentMeta({
    relativePath: item.docId,
    frontMatter: { ...(content.defaults?.values ?? {}), ...extracted.frontMatter },
    ...(sidecar || item.meta ? { sidecar: { ...(sidecar ?? {}), ...sourceMeta } } : {}),
    ...(extracted.title === undefined ? {} : { extractedTitle: extracted.title }),
    text: extracted.text,
    modified: item.modified,
  });
  const noAccess = noAccessWarning(item.docId);
  warnings.push(...metaWarnings.filter((warning) => warning !== noAccess));
  const chunks = chunkDocument({ docId: item.docId, text: extracted.text });
  const permissionsReadAt = permissionsReadAtOf(item);
  return {
    ...meta,
    docId: item.docId,
    url: item.url,
    contentHash,
    chunks,
    ...(permissionsReadAt === undefined ? {} : { permissionsReadAt }),
  };
}

/**
 * When a source that reads permissions (`SourceItem.permissionsReadAt`) read this item's access
 * list, as UTC ISO 8601; undefined for other sources or an unparseable time. Deliberately outside
 * `itemHash`: a re-read alone must not make an unchanged item look changed.
 */
function permissionsReadAtOf(item: SourceItem): string | undefined {
  const time = item.permissionsReadAt === undefined ? NaN : Date.parse(item.permissionsReadAt);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}
