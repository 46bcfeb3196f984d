import { EVERYONE, isPrincipal, type Principal } from './Principal';

/**
 * The readers of one document. Contract: an empty list means nobody may read it (fail closed);
 * an unknown or malformed entry is dropped, never widened to `everyone`.
 */
export type AccessList = readonly Principal[];

/**
 * Normalises raw access entries from front matter or a sidecar file.
 * Accepts `everyone`, `user:<id>`, `group:<id>`; returns the valid ones sorted and de-duplicated,
 * plus the rejected raw entries so the caller can report them.
 */
export function parseAccessList(raw: unknown): { access: AccessList; rejected: string[] } {
  const values = raw === undefined || raw === null ? [] : Array.isArray(raw) ? raw : [raw];
  const access = new Set<Principal>();
  const rejected: string[] = [];
  for (const value of values) {
    const text = typeof value === 'string' ? value.trim() : '';
    if (text && isPrincipal(text)) access.add(text);
    else rejected.push(String(value));
  }
  return { access: [...access].sort(), rejected };
}

/** True when a reader holding `principals` may read a document with `access`. */
export function canRead(access: AccessList, principals: readonly Principal[]): boolean {
  if (access.includes(EVERYONE)) return principals.length > 0;
  return principals.some((p) => access.includes(p));
}
