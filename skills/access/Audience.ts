import type { Principal } from '../../knowledge/access/Principal';

/**
 * Who sees a result besides the asker. Set on a `SkillContext` only when the result is posted where more
 * than the asker reads it (a group chat, a meeting chat, a channel). `SkillUser.principals` is then already
 * the audience's principals (see `audiencePrincipals`), so every skill retrieves only what every member may
 * read; `askerPrincipals` serve only to tell the asker that sources were left out, never to retrieve content
 * that is posted to the audience.
 */
export interface GroupAudience {
  readonly kind: 'group';
  /** Roster members whose principals were intersected with the asker's; 0 when the roster could not be read. */
  readonly members: number;
  /** The asker's own principals (what a 1:1 answer would search). */
  readonly askerPrincipals: readonly Principal[];
}
