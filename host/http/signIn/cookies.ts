import type { IncomingMessage } from 'node:http';

/**
 * The value of cookie `name` in the request's `Cookie` header, or undefined. Only the first occurrence counts;
 * a header over 8 KB is ignored.
 */
export function readCookie(req: IncomingMessage, name: string): string | undefined {
  const header = req.headers.cookie;
  if (!header || header.length > 8192) return undefined;
  for (const part of header.split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return undefined;
}

/**
 * A `Set-Cookie` value for a `__Host-` cookie: HttpOnly (no script reads it), Secure (https only), SameSite=Lax
 * (sent on top-level navigations such as the sign-in redirect back, never on cross-site subrequests), Path=/,
 * no Domain. `maxAgeSeconds` 0 deletes the cookie.
 */
export function hostCookie(name: `__Host-${string}`, value: string, maxAgeSeconds: number): string {
  return `${name}=${value}; Max-Age=${Math.max(0, Math.floor(maxAgeSeconds))}; Path=/; HttpOnly; Secure; SameSite=Lax`;
}
