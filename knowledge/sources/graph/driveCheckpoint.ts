/**
 * The checkpoint of a GraphDriveSource: per drive, the link to resume from (`@odata.deltaLink` after a
 * finished enumeration, `@odata.nextLink` in the middle of an incremental one). A drive without a link is
 * enumerated in full from `root/delta` (first run, after `410 Gone`, or after a crash during a full run).
 */
export interface DriveCheckpoint {
  readonly drives: Readonly<Record<string, string>>;
}

/** Parses a stored checkpoint; undefined or unreadable text means "no drive has a link" (full enumeration). */
export function parseDriveCheckpoint(text: string | undefined): DriveCheckpoint {
  if (!text) return { drives: {} };
  try {
    const parsed = JSON.parse(text) as { v?: unknown; drives?: unknown };
    if (parsed.v !== 1 || typeof parsed.drives !== 'object' || parsed.drives === null) return { drives: {} };
    const drives = Object.entries(parsed.drives as Record<string, unknown>).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    );
    return { drives: Object.fromEntries(drives) };
  } catch {
    return { drives: {} };
  }
}

export function serialiseDriveCheckpoint(checkpoint: DriveCheckpoint): string {
  return JSON.stringify({ v: 1, drives: checkpoint.drives });
}

/** A copy of `checkpoint` with `driveId`'s link set, or removed when `link` is undefined. */
export function withDriveLink(checkpoint: DriveCheckpoint, driveId: string, link?: string): DriveCheckpoint {
  const drives = { ...checkpoint.drives };
  if (link === undefined) delete drives[driveId];
  else drives[driveId] = link;
  return { drives };
}
