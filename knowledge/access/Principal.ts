/**
 * Who may read a document. A principal is a string with a kind prefix:
 * - `everyone`: every signed-in member of the tenant;
 * - `user:<id>`: one user (Entra object id, or a local-mode id);
 * - `group:<id>`: every member of a group (transitively).
 * The index matches a document when the asking user's principals and the document's access list intersect.
 */
export type Principal = string;

export const EVERYONE: Principal = 'everyone';

export const userPrincipal = (id: string): Principal => `user:${id}`;
export const groupPrincipal = (id: string): Principal => `group:${id}`;

const PRINCIPAL_PATTERN = /^(everyone|user:[A-Za-z0-9._@-]{1,128}|group:[A-Za-z0-9._@-]{1,128})$/;

/** True for a syntactically valid principal; anything else must never grant access. */
export function isPrincipal(value: string): boolean {
  return PRINCIPAL_PATTERN.test(value);
}
