import crypto from 'node:crypto';
import { chunkDocument } from '../../knowledge/chunk/chunkDocument';
import type { IndexedDocument } from '../../knowledge/index/IndexedDocument';

/** A deterministic PRNG (mulberry32), so the generated fixture is the same on every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface AclFixture {
  /** User id -> transitive group ids (what Graph's transitiveMemberOf returns). */
  readonly users: Map<string, string[]>;
  readonly docs: (IndexedDocument & { canary: string; marker: string; topic: string })[];
}

const TOPICS = [
  'gearbox calibration',
  'brake fade',
  'battery cooling',
  'paint adhesion',
  'door seal noise',
  'seat heating',
  'lidar alignment',
  'tyre wear',
  'wiper motor',
  'crash sensor',
];

/**
 * Users in nested groups and documents with mixed access lists, each with a unique canary string.
 * 20 parent groups each contain 10 child groups (transitively: a member of a child is a member of its
 * parent); users 0-9 are in 230+ groups (more than a token's 200-group claim can carry).
 */
export function generateAclFixture(options: { users: number; docs: number; seed?: number }): AclFixture {
  const random = prng(options.seed ?? 42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const groups = Array.from({ length: 300 }, (_, i) => `g${String(i).padStart(3, '0')}`);
  const parentOf = (group: string): string | undefined => {
    const n = Number(group.slice(1));
    return n >= 20 && n < 220 ? groups[Math.floor((n - 20) / 10)] : undefined;
  };
  const users = new Map<string, string[]>();
  for (let u = 0; u < options.users; u += 1) {
    const direct = new Set<string>();
    const count = u < 10 ? 230 : 1 + Math.floor(random() * 4);
    while (direct.size < count) direct.add(pick(groups.slice(20)));
    const transitive = new Set(direct);
    for (const group of direct) {
      const parent = parentOf(group);
      if (parent) transitive.add(parent);
    }
    users.set(`u${String(u).padStart(3, '0')}`, [...transitive].sort());
  }
  const userIds = [...users.keys()];
  const docs: AclFixture['docs'] = [];
  for (let d = 0; d < options.docs; d += 1) {
    const roll = random();
    const access =
      roll < 0.1
        ? ['everyone']
        : roll < 0.5
          ? [`group:${pick(groups)}`]
          : roll < 0.75
            ? [`group:${pick(groups)}`, `group:${pick(groups)}`]
            : roll < 0.95
              ? [`user:${pick(userIds)}`]
              : [];
    const docId = `doc-${String(d).padStart(4, '0')}`;
    const canary = `CANARY${crypto.createHash('sha256').update(docId).digest('hex').slice(0, 12)}`;
    const marker = `zq${d}x`;
    const topic = pick(TOPICS);
    const text = `# ${topic}\n\nThe ${topic} finding ${marker} states that the measured value is ${canary}. The ${topic} review covers ${marker} in detail.\n\n## Follow-up\n\nFollow-up actions for ${topic} are tracked in the ${marker} action list.`;
    docs.push({
      docId,
      title: `Report ${marker}`,
      url: `https://contoso.sharepoint.com/docs/${docId}.docx`,
      access: [...new Set(access)].sort(),
      brand: 'group',
      language: 'en',
      modified: '2026-01-01T00:00:00.000Z',
      contentHash: docId,
      chunks: chunkDocument({ docId, text }),
      canary,
      marker,
      topic,
    });
  }
  return { users, docs };
}
