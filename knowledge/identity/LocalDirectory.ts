import fs from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod/v4';
import { EVERYONE, groupPrincipal, userPrincipal, type Principal } from '../access/Principal';
import type { Directory } from './Directory';

const idPattern = /^[A-Za-z0-9._@-]{1,128}$/;
const DirectoryFile = z.object({
  users: z
    .array(
      z.object({
        id: z.string().regex(idPattern),
        name: z.string().optional(),
        groups: z.array(z.string().regex(idPattern)).default([]),
      }),
    )
    .default([]),
  groups: z
    .array(
      z.object({
        id: z.string().regex(idPattern),
        members: z.array(z.string().regex(idPattern)).default([]),
      }),
    )
    .default([]),
});
export type DirectoryData = z.infer<typeof DirectoryFile>;

/**
 * Local-mode directory read from a YAML file (`users` with direct groups, `groups` whose `members` are
 * nested group ids). Principals are transitive: a user in group A, where A is a member of group B, gets
 * both. Cycles are tolerated. Unknown users get only `user:<id>` and `everyone`.
 */
export class LocalDirectory implements Directory {
  private readonly principals = new Map<string, Principal[]>();
  private readonly names = new Map<string, string>();

  constructor(data: DirectoryData) {
    const parentsOf = new Map<string, string[]>();
    for (const group of data.groups) {
      for (const member of group.members) parentsOf.set(member, [...(parentsOf.get(member) ?? []), group.id]);
    }
    for (const user of data.users) {
      const groups = new Set<string>();
      const pending = [...user.groups];
      while (pending.length > 0) {
        const group = pending.pop() as string;
        if (groups.has(group)) continue;
        groups.add(group);
        pending.push(...(parentsOf.get(group) ?? []));
      }
      this.principals.set(user.id, [
        userPrincipal(user.id),
        EVERYONE,
        ...[...groups].sort().map(groupPrincipal),
      ]);
      if (user.name) this.names.set(user.id, user.name);
    }
  }

  /** Reads and validates a directory file; throws an Error naming the file and every bad field. */
  static fromFile(file: string): LocalDirectory {
    let raw: unknown;
    try {
      raw = parseYaml(fs.readFileSync(file, 'utf8'));
    } catch (error) {
      throw new Error(`directory file ${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
    const parsed = DirectoryFile.safeParse(raw ?? {});
    if (!parsed.success) {
      const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
      throw new Error(`directory file ${file} is invalid: ${problems.join('; ')}`);
    }
    return new LocalDirectory(parsed.data);
  }

  async principalsFor(userId: string): Promise<Principal[]> {
    const known = this.principals.get(userId);
    if (known) return [...known];
    return idPattern.test(userId) ? [userPrincipal(userId), EVERYONE] : [];
  }

  async displayName(userId: string): Promise<string | undefined> {
    return this.names.get(userId);
  }
}
