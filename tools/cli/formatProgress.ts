/**
 * One progress line for long ingests: items, MB, rates and (when the total is known) ETA.
 * `elapsedMs` > 0; rates are over the whole run so far.
 */
export function formatProgress(p: {
  items: number;
  bytes: number;
  elapsedMs: number;
  totalItems?: number;
}): string {
  const seconds = Math.max(p.elapsedMs, 1) / 1000;
  const mb = p.bytes / 1_000_000;
  const rate = p.items / seconds;
  const parts = [
    `${p.items.toLocaleString('en-US')}${p.totalItems ? `/${p.totalItems.toLocaleString('en-US')}` : ''} items`,
    `${mb.toFixed(1)} MB`,
    `${rate.toFixed(1)} items/s`,
    `${(mb / seconds).toFixed(2)} MB/s`,
  ];
  if (p.totalItems && rate > 0)
    parts.push(`ETA ${formatDuration(Math.max(0, p.totalItems - p.items) / rate)}`);
  return `[${formatDuration(seconds)}] ${parts.join(', ')}`;
}

function formatDuration(seconds: number): string {
  if (seconds < 60) return `${seconds.toFixed(0)}s`;
  const minutes = Math.floor(seconds / 60);
  return minutes < 60
    ? `${minutes}m${String(Math.round(seconds % 60)).padStart(2, '0')}s`
    : `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, '0')}m`;
}
