import type { IncomingMessage, ServerResponse } from 'node:http';
import { canRead } from '../../knowledge/access/AccessList';
import type { Report } from '../../skills/reports/Report';
import type { Services } from '../compose';
import { openSignedLink, refuse } from './openSignedLink';

/** A report file's link `docId`: `<reportId>.<docx|markdown>`. */
const REPORT_FILE = /^([A-Za-z0-9_-]{1,64})\.(docx|markdown)$/;

const CONTENT_TYPES = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  markdown: 'text/markdown; charset=utf-8',
} as const;

/**
 * GET /reports?d=<reportId>.<docx|markdown>&u=&e=&s=: downloads an exported report. The signed link must be
 * intact and unexpired; the reader (`linkReader`: signed in with Entra ID in authenticated mode, the user the
 * link names in local mode) must be the report's author or its configured approver, and may still read every
 * document the report cites (a revoked permission closes the download at once). Any refusal gives the same
 * 403, so the response never reveals whether a report exists.
 */
export async function serveReport(
  services: Services,
  req: IncomingMessage,
  url: URL,
  res: ServerResponse,
): Promise<void> {
  const opened = await openSignedLink(
    services,
    req,
    url,
    res,
    'report link signature invalid or expired',
    (docId) => REPORT_FILE.test(docId),
  );
  if (!opened) return;
  const { docId, reader } = opened;
  const [, reportId = '', format] = REPORT_FILE.exec(docId) ?? [];
  const report = await services.reports.getDraft(reportId);
  const allowed =
    report &&
    (reader === report.authorId || reader === services.config.reportApprover?.id) &&
    (await readsEverySource(services, reader, report));
  const exported = allowed ? await services.reports.getExport(reportId) : undefined;
  const file = exported?.files[format === 'docx' ? 0 : 1];
  if (!file || (format !== 'docx' && format !== 'markdown'))
    return refuse(services, res, 'reader may not download the report');
  res.writeHead(200, {
    'content-type': CONTENT_TYPES[format],
    'content-length': file.bytes.length,
    'content-disposition': `attachment; filename="${file.name.replace(/[^A-Za-z0-9._-]/g, '_')}"`,
    'x-content-type-options': 'nosniff',
    'cache-control': 'private, no-store',
  });
  res.end(file.bytes);
}

/** True when `userId` may read, now, every document `report` cites (a deleted document counts as unreadable). */
async function readsEverySource(
  services: Pick<Services, 'index' | 'directory'>,
  userId: string,
  report: Report,
): Promise<boolean> {
  const principals = await services.directory.principalsFor(userId);
  for (const source of report.sources) {
    const doc = await services.index.getDocument(source.docId);
    if (!doc || !canRead(doc.access, principals)) return false;
  }
  return true;
}
