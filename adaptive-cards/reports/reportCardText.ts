import { formatMessage } from '../messages/formatMessage';
import { messagesFor } from '../messages/messagesFor';
import { WORD_JOINER, safeText } from '../safeText';
import { truncateText } from '../truncateText';
import type { ReportCardReport } from './ReportCardModel';

/** `safeText` then `truncateText`: one inert, capped line. */
export function clip(text: string | undefined, maxChars: number): string {
  return truncateText(safeText(text ?? ''), maxChars);
}

/** `Text [1] [2]` (markers appended after sanitising, so they stay plain brackets). */
export function withMarkers(text: string, citations: readonly number[] | undefined): string {
  const markers = [...new Set(citations ?? [])]
    .filter((n) => Number.isSafeInteger(n) && n > 0)
    .map((n) => `[${n}]`);
  return [text, ...markers].filter((part) => part !== '').join(' ');
}

/** `Internal report` / `Customer report · export needs a second approver`, in `locale`'s catalog. */
export function audienceBadge(audience: string, external: boolean, locale?: string): string {
  const m = messagesFor(locale).reports;
  const known: Readonly<Record<string, string>> = m.audiences;
  const raw = clip(audience, 30);
  const given = raw === '' ? m.audiences.internal : Object.hasOwn(known, raw) ? (known[raw] ?? raw) : raw;
  const name = m.audienceReport.startsWith('{') ? `${given.charAt(0).toUpperCase()}${given.slice(1)}` : given;
  const label = formatMessage(m.audienceReport, { audience: name });
  return external ? `${label} · ${m.needsApprover}` : label;
}

/**
 * `Sensitivity: <label> · Brand: <name> · Period: 2025 Q3 · Drafted 2026-03-01` (sanitised; `brandName`, else the
 * id capitalised; the sensitivity part only when the report has a label).
 */
export function metaLine(report: ReportCardReport, locale?: string): string {
  const m = messagesFor(locale).reports;
  const parts: string[] = [];
  const label = clip(report.sensitivityLabel, 60);
  if (label) parts.push(formatMessage(m.sensitivity, { label }));
  const brand = clip(report.brandName ?? report.brand, 40);
  if (brand)
    parts.push(formatMessage(m.brand, { name: `${brand.charAt(0).toUpperCase()}${brand.slice(1)}` }));
  if (report.period) parts.push(formatMessage(m.period, { period: clip(report.period, 50) }));
  const date = /^\d{4}-\d{2}-\d{2}/.exec(report.createdAt ?? '')?.[0];
  if (date) parts.push(formatMessage(m.drafted, { date }));
  return parts.join(' · ');
}

/** A confirmation token as issued (url-safe base64, see ConfirmationStore); anything else is dropped. */
export function tokenValue(token: string | undefined): string {
  return typeof token === 'string' && /^[A-Za-z0-9_-]{1,200}$/.test(token) ? token : '';
}

/**
 * A value sent back in `Action.Execute` data (never shown): control characters replaced by spaces, and `${`,
 * `{{` and `](` broken with a WORD JOINER (invisible; search ignores it) so no host can evaluate it as a
 * template expression or read it as a markdown link; capped at `maxChars`.
 */
export function inertValue(value: string, maxChars: number): string {
  return truncateText(
    String(value ?? '')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001F\u007F-\u009F]/g, ' ')
      .replace(/\$(?=\{)/g, `$${WORD_JOINER}`)
      .replace(/\{(?=\{)/g, `{${WORD_JOINER}`)
      .replace(/\](?=\()/g, `]${WORD_JOINER}`),
    maxChars,
  );
}
