import type { ServerResponse } from 'node:http';
import { PassThrough } from 'node:stream';
import { exportAuditLog } from '../../../skills/audit/exportAuditLog';
import type { AuditRecord } from '../../../skills/audit/AuditLog';

/** The CSV export's columns, in order. */
export const AUDIT_CSV_COLUMNS = [
  'seq',
  'time',
  'person',
  'tenantId',
  'surface',
  'conversationId',
  'skill',
  'action',
  'outcome',
  'planner',
  'confirmedBy',
  'sourceIds',
  'detail',
  'parameters',
  'prevHash',
  'hash',
] as const;

/**
 * Streams the audit trail of SQLite file `file` to `res`, in seq order:
 * - `jsonl`: one record per line. With `person` undefined (names allowed) the stored canonical JSON byte for
 *   byte (`exportAuditLog`), so a SIEM can re-check the hash chain; else each record with `actor.userId` and
 *   `confirmedBy` replaced by `person(id)` (the chain no longer verifies; the `x-audit-pseudonymised` header says so).
 * - `csv`: RFC 4180 with a header row (`AUDIT_CSV_COLUMNS`); `sourceIds` joined by `;`, `parameters` as JSON;
 *   a cell starting with `=`, `+`, `-`, `@`, tab or CR gets a leading `'` so a spreadsheet never runs it.
 */
export async function sendAuditExport(
  res: ServerResponse,
  file: string,
  format: 'csv' | 'jsonl',
  person: ((userId: string) => string) | undefined,
): Promise<void> {
  const lines = new PassThrough();
  const exported = exportAuditLog(file, lines).finally(() => lines.end());
  res.writeHead(200, {
    'content-type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8',
    'content-disposition': `attachment; filename="audit.${format}"`,
    'x-content-type-options': 'nosniff',
    'cache-control': 'private, no-store',
    ...(person ? { 'x-audit-pseudonymised': 'true' } : {}),
  });
  if (format === 'csv') res.write(`${AUDIT_CSV_COLUMNS.join(',')}\r\n`);
  let pending = '';
  for await (const chunk of lines) {
    pending += String(chunk);
    let newline = pending.indexOf('\n');
    while (newline >= 0) {
      const line = pending.slice(0, newline);
      pending = pending.slice(newline + 1);
      res.write(convert(line, format, person));
      newline = pending.indexOf('\n');
    }
  }
  await exported;
  res.end();
}

function convert(
  line: string,
  format: 'csv' | 'jsonl',
  person: ((id: string) => string) | undefined,
): string {
  if (format === 'jsonl' && !person) return `${line}\n`;
  let record: AuditRecord;
  try {
    record = JSON.parse(line) as AuditRecord;
  } catch {
    return format === 'jsonl' ? `${line}\n` : `${csvRow([line])}\r\n`;
  }
  const shown = person ? pseudonymised(record, person) : record;
  if (format === 'jsonl') return `${JSON.stringify(shown)}\n`;
  return `${csvRow([
    shown.seq,
    shown.time,
    shown.actor.userId,
    shown.actor.tenantId ?? '',
    shown.actor.surface,
    shown.actor.conversationId ?? '',
    shown.skill,
    shown.action,
    shown.outcome,
    shown.planner,
    shown.confirmedBy ?? '',
    shown.sourceIds.join(';'),
    shown.detail ?? '',
    JSON.stringify(shown.parameters),
    shown.prevHash,
    shown.hash,
  ])}\r\n`;
}

function pseudonymised(record: AuditRecord, person: (id: string) => string): AuditRecord {
  return {
    ...record,
    actor: { ...record.actor, userId: person(record.actor.userId) },
    ...(record.confirmedBy ? { confirmedBy: person(record.confirmedBy) } : {}),
  };
}

/** One CSV row: every cell quoted, quotes doubled, formula-starting cells defused. */
export function csvRow(cells: readonly (string | number)[]): string {
  return cells
    .map((value) => {
      const text = String(value);
      const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
      return `"${safe.replace(/"/g, '""')}"`;
    })
    .join(',');
}
