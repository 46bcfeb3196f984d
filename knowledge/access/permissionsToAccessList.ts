import type { GraphIdentitySet, GraphPermission } from '../graph/graphTypes';
import type { AccessList } from './AccessList';
import { EVERYONE, groupPrincipal, isPrincipal, userPrincipal, type Principal } from './Principal';

/** Roles that let a grantee read an item (Graph `permission.roles`). Any other role is not understood. */
const READ_ROLES = new Set(['read', 'write', 'owner']);
/** Graph's "no expiration" value (`DateTime.MinValue`). */
const NO_EXPIRY = '0001-01-01T00:00:00Z';

export interface PermissionsContext {
  /** The item's `createdBy`: the owner when no `owner` permission names a user. */
  readonly createdBy?: GraphIdentitySet;
}

/**
 * Maps a driveItem's Graph permissions to an access list. Fails closed.
 * - `grantedToV2` / `grantedToIdentitiesV2` user → `user:<id>`, group → `group:<id>` (Entra object ids);
 * - a sharing link with scope `organization` or `anonymous` → `everyone` (anonymous is treated as
 *   organisation-wide: the index never serves the public); scope `users` → its listed users and groups;
 *   scope `existingAccess` grants nothing new;
 * - a grant with an expiry (`expirationDateTime` other than Graph's "none") grants nothing, expired or not:
 *   the index could not withdraw it on time, since an expiry is no change in the delta feed;
 * - inherited grants count like direct ones.
 * When ANY permission cannot be mapped (a SharePoint site group or site user without an Entra id, an
 * application, a pending invitation, a link without a known scope, a missing id, an unknown role or shape),
 * the whole item becomes private to its owner: `[user:<ownerId>]`, owners being the users of `owner`-role
 * permissions, else `createdBy.user`; with no owner, `[]` (nobody). `unrecognised` describes every
 * permission that could not be mapped, for the ingest log.
 */
export function permissionsToAccessList(
  permissions: readonly GraphPermission[],
  context: PermissionsContext = {},
): { access: AccessList; unrecognised: string[] } {
  const granted = new Set<Principal>();
  const unrecognised: string[] = [];
  for (const permission of permissions) {
    const problem = mapPermission(permission, granted);
    if (problem) unrecognised.push(`permission ${permission?.id ?? '(no id)'}: ${problem}`);
  }
  if (unrecognised.length === 0) return { access: [...granted].sort(), unrecognised };
  return { access: ownersOf(permissions, context.createdBy), unrecognised };
}

/** Adds the principals one permission grants to `granted`; returns why it cannot be mapped, if it cannot. */
function mapPermission(permission: GraphPermission, granted: Set<Principal>): string | undefined {
  if (typeof permission !== 'object' || permission === null) return 'not an object';
  const roles = permission.roles ?? [];
  if (roles.length === 0) return 'no roles';
  const unknownRole = roles.find((role) => !READ_ROLES.has(role));
  if (unknownRole !== undefined) return `unknown role "${unknownRole}"`;
  if (hasExpiry(permission.expirationDateTime)) return undefined;
  const link = permission.link;
  if (link) {
    switch (link.scope) {
      case 'anonymous':
      case 'organization':
        granted.add(EVERYONE);
        return undefined;
      case 'existingAccess':
        return undefined;
      case 'users':
        return mapIdentities(permission.grantedToIdentitiesV2 ?? [], granted);
      default:
        return `sharing link with unknown scope "${String(link.scope)}"`;
    }
  }
  if (permission.grantedToV2) return mapIdentities([permission.grantedToV2], granted);
  if (permission.grantedToIdentitiesV2) return mapIdentities(permission.grantedToIdentitiesV2, granted);
  if (permission.invitation) return 'pending invitation without a grantee';
  return 'no grantee';
}

/** Maps identity sets; all or nothing, so a half-understood permission never adds a grant. */
function mapIdentities(sets: readonly GraphIdentitySet[], granted: Set<Principal>): string | undefined {
  const found: Principal[] = [];
  for (const set of sets) {
    const principal = identityPrincipal(set);
    if (typeof principal === 'object') return principal.problem;
    if (!isPrincipal(principal)) return `invalid id in ${principal}`;
    found.push(principal);
  }
  for (const principal of found) granted.add(principal);
  return undefined;
}

function identityPrincipal(set: GraphIdentitySet | undefined): Principal | { problem: string } {
  if (typeof set !== 'object' || set === null) return { problem: 'identity set is not an object' };
  if (set.application) return { problem: 'granted to an application' };
  if (set.device) return { problem: 'granted to a device' };
  if (set.user && set.group) return { problem: 'identity set names both a user and a group' };
  if (set.user) return set.user.id ? userPrincipal(set.user.id) : { problem: 'user without an id' };
  if (set.group) return set.group.id ? groupPrincipal(set.group.id) : { problem: 'group without an id' };
  if (set.siteGroup)
    return { problem: `SharePoint group "${set.siteGroup.displayName ?? set.siteGroup.id}"` };
  if (set.siteUser) return { problem: `SharePoint user "${set.siteUser.loginName ?? set.siteUser.id}"` };
  return { problem: 'identity set names nobody' };
}

function hasExpiry(expiration: string | undefined | null): boolean {
  return (
    typeof expiration === 'string' && expiration !== '' && !expiration.startsWith(NO_EXPIRY.slice(0, 10))
  );
}

/** The item's owners as `user:` principals: `owner`-role users, else the creator; `[]` when unknown. */
function ownersOf(
  permissions: readonly GraphPermission[],
  createdBy: GraphIdentitySet | undefined,
): AccessList {
  const owners = new Set<Principal>();
  for (const permission of permissions) {
    if (typeof permission !== 'object' || permission === null || permission.link) continue;
    if (!permission.roles?.includes('owner')) continue;
    const id = permission.grantedToV2?.user?.id;
    if (id && isPrincipal(userPrincipal(id))) owners.add(userPrincipal(id));
  }
  const creator = createdBy?.user?.id;
  if (owners.size === 0 && creator && isPrincipal(userPrincipal(creator))) owners.add(userPrincipal(creator));
  return [...owners].sort();
}
