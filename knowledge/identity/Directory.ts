import type { Principal } from '../access/Principal';

/** The identity seam: resolves a user to every principal that grants them access. */
export interface Directory {
  /**
   * Returns `user:<id>`, `everyone` and every (transitive) `group:<id>`. Unknown users: the local file
   * directory gives `user:<id>` and `everyone` (local mode); the Graph directory gives only `user:<id>`
   * (a user the tenant does not know is not an employee). Throws DirectoryUnavailableError when group membership cannot be resolved (never a partial list).
   */
  principalsFor(userId: string): Promise<Principal[]>;
  /** Display name for a user, when known. */
  displayName(userId: string): Promise<string | undefined>;
}
