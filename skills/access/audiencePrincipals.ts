import type { Principal } from '../../knowledge/access/Principal';

/**
 * The principals a whole audience holds in common: the intersection of every member's principal list, in the
 * order of the first member's list, without duplicates. A document is shown to the audience only when its access
 * list names one of these, i.e. when every member may read it. No members means no principals (nothing readable):
 * callers always include the asker, so an empty audience only arises by mistake, and then it fails closed.
 */
export function audiencePrincipals(members: readonly (readonly Principal[])[]): Principal[] {
  const [first, ...rest] = members;
  if (!first) return [];
  const others = rest.map((principals) => new Set(principals));
  return [...new Set(first)].filter((principal) => others.every((set) => set.has(principal)));
}
