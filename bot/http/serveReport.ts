import type { ServerResponse } from 'node:http';
import { verifyDocumentLink } from '../../knowledge/access/documentLink';
import { AppError } from '../../skills/errors/AppError';
import type { Services } from '../compose';
import { sendError } from './sendJson';

const CONTENT_TYPES = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  markdown: 'text/markdown; charset=utf-8',
} as const;

/**
 * GET /reports?d=<reportId>.<docx|markdown>&u=&e=&s=: downloads an exported report for the user the signed
 * link names, and only while that user is the report's author or its configured approver. Any failure gives
 * the same 403, so the response never reveals whether a report exists.
 */
export async function serveReport(services: Services, url: URL, res: ServerResponse): Promise<void> {
  const link = verifyDocumentLink(services.linkSecret, url.searchParams);
  const match = link ? /^([A-Za-z0-9_-]{1,64})\.(docx|markdown)$/.exec(link.docId) : null;
  const [, reportId, format] = match ?? [];
  const report = reportId ? await services.reports.getDraft(reportId) : undefined;
  const allowed =
    report && link && (link.userId === report.authorId || link.userId === services.config.reportApprover?.id);
  const exported = allowed && reportId ? await services.reports.getExport(reportId) : undefined;
  const file = exported?.files[format === 'docx' ? 0 : 1];
  if (!file || (format !== 'docx' && format !== 'markdown')) {
    sendError(res, new AppError('link_invalid'));
    return;
  }
  res.writeHead(200, {
    'content-type': CONTENT_TYPES[format],
    'content-length': file.bytes.length,
    'content-disposition': `attachment; filename="${file.name.replace(/[^A-Za-z0-9._-]/g, '_')}"`,
    'x-content-type-options': 'nosniff',
    'cache-control': 'private, no-store',
  });
  res.end(file.bytes);
}
