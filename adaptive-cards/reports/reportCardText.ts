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

/** `Internal report` / `Customer report · needs a second approver`. */
export function audienceBadge(audience: string, external: boolean): string {
  const name = clip(audience, 30) || 'Internal';
  const label = `${name.charAt(0).toUpperCase()}${name.slice(1)} report`;
  return external ? `${label} · export needs a second approver` : label;
}

/**
 * `Sensitivity: <label> · Brand: <name> · Period: 2025 Q3 · Drafted 2026-03-01` (sanitised; `brandName`, else the
 * id capitalised; the sensitivity part only when the report has a label).
 */
export function metaLine(report: ReportCardReport): string {
  const parts: string[] = [];
  const label = clip(report.sensitivityLabel, 60);
  if (label) parts.push(`Sensitivity: ${label}`);
  const brand = clip(report.brandName ?? report.brand, 40);
  if (brand) parts.push(`Brand: ${brand.charAt(0).toUpperCase()}${brand.slice(1)}`);
  if (report.period) parts.push(`Period: ${clip(report.period, 50)}`);
  const date = /^\d{4}-\d{2}-\d{2}/.exec(report.createdAt ?? '')?.[0];
  if (date) parts.push(`Drafted ${date}`);
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
