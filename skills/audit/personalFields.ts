import crypto from 'node:crypto';
import { canonicalJson } from './canonicalJson';

/**
 * The fields of an audit record that are about a person and can be pseudonymised on request (`npm run privacy
 * -- erase`): who the action was for, their conversation (a 1:1 chat's id identifies them), their request's
 * parameters (questions, ticket text), who confirmed it.
 */
export const PERSONAL_FIELDS = ['actor.userId', 'actor.conversationId', 'parameters', 'confirmedBy'] as const;
export type PersonalField = (typeof PERSONAL_FIELDS)[number];

/**
 * How a record's chain hash covers each personal field (`AuditRecord.people`, itself outside the hash): while
 * the value is stored, by a random per-field `salt` (the hash covers `commitment(field, salt, value)`); once it
 * was pseudonymised, by that `commitment` stored in place of the salt. Either way the chain hash is the same,
 * so pseudonymising a record keeps the chain verifiable, and any change of a stored value, salt or commitment
 * changes the hash. Without the salt a commitment reveals nothing of the erased value (not even to someone
 * who guesses it). Records written before this scheme have no `people` and hash their fields as stored.
 */
export type People = Partial<Record<PersonalField, { salt: string } | { commitment: string }>>;

/** The commitment to one personal field's value: SHA-256 over the salt, the field's name and its canonical JSON. */
export function commitment(field: PersonalField, salt: string, value: unknown): string {
  return crypto
    .createHash('sha256')
    .update(`${salt}\n${field}\n${canonicalJson(value === undefined ? null : value)}`)
    .digest('hex');
}

/** Random bytes drawn from the system in one call and handed out as salts, each byte once. */
const SALT_BYTES = 16;
const POOL_SALTS = 256;
let pool = Buffer.alloc(0);
let poolAt = 0;

/** 16 fresh random bytes in hex (from a pool refilled by `crypto.randomFillSync`, never reused). */
function randomSalt(): string {
  if (poolAt + SALT_BYTES > pool.length) {
    pool = crypto.randomFillSync(Buffer.alloc(SALT_BYTES * POOL_SALTS));
    poolAt = 0;
  }
  const salt = pool.toString('hex', poolAt, poolAt + SALT_BYTES);
  poolAt += SALT_BYTES;
  return salt;
}

/** A fresh `people` for a new record: one random salt per personal field the record holds. */
export function saltPeople(record: {
  readonly actor: { readonly conversationId?: string };
  readonly confirmedBy?: string;
}): People {
  const salt = () => ({ salt: randomSalt() });
  return {
    'actor.userId': salt(),
    ...(record.actor.conversationId !== undefined ? { 'actor.conversationId': salt() } : {}),
    parameters: salt(),
    ...(record.confirmedBy !== undefined ? { confirmedBy: salt() } : {}),
  };
}

/** The value of `field` in a record (plain object). */
export function fieldValue(record: Record<string, unknown>, field: PersonalField): unknown {
  if (field === 'actor.userId' || field === 'actor.conversationId') {
    const actor = record.actor;
    const name = field === 'actor.userId' ? 'userId' : 'conversationId';
    return typeof actor === 'object' && actor !== null ? (actor as Record<string, unknown>)[name] : undefined;
  }
  return record[field];
}

/** A copy of `record` with `field` set to `value`. */
export function withField(
  record: Record<string, unknown>,
  field: PersonalField,
  value: unknown,
): Record<string, unknown> {
  if (field === 'actor.userId' || field === 'actor.conversationId') {
    const actor = typeof record.actor === 'object' && record.actor !== null ? record.actor : {};
    const name = field === 'actor.userId' ? 'userId' : 'conversationId';
    return { ...record, actor: { ...(actor as Record<string, unknown>), [name]: value } };
  }
  return { ...record, [field]: value };
}

/**
 * What the chain hash covers of `record` (without `hash` and `people`): with `people`, each personal field
 * replaced by its commitment. A malformed `people` entry leaves the field as stored (the hash then fails).
 */
export function hashedForm(record: Record<string, unknown>): Record<string, unknown> {
  let rest: Record<string, unknown> = { ...record };
  delete rest.hash;
  delete rest.people;
  const people = record.people;
  if (typeof people !== 'object' || people === null) return rest;
  for (const field of PERSONAL_FIELDS) {
    const entry = (people as Record<string, unknown>)[field];
    if (typeof entry !== 'object' || entry === null) continue;
    const { salt, commitment: committed } = entry as { salt?: unknown; commitment?: unknown };
    if (typeof salt === 'string') {
      rest = withField(rest, field, `commitment:${commitment(field, salt, fieldValue(record, field))}`);
    } else if (typeof committed === 'string') {
      rest = withField(rest, field, `commitment:${committed}`);
    }
  }
  return rest;
}

/**
 * The keyed pseudonym that replaces a person's id in pseudonymised audit records: HMAC-SHA256 of the id under
 * the audit head key, 32 hex characters, prefixed `pseudonym:`. Stable (the same person gets the same
 * pseudonym in every record), so the trail still shows that one person did these things; without the key it
 * cannot be linked back to the id.
 */
export function auditPseudonym(key: string, userId: string): string {
  const mac = crypto.createHmac('sha256', key).update(`audit-pseudonym\n${userId}`).digest('hex');
  return `pseudonym:${mac.slice(0, 32)}`;
}

/**
 * `record` with every personal field about `userId` pseudonymised: the actor's id (with the conversation id,
 * then `erased`, and the request's parameters, then empty) when the action was for them, `confirmedBy` when they confirmed it. Each such field's salt is
 * replaced by its commitment, so the chain hash is unchanged. Undefined when the record holds nothing about
 * `userId`, or when it has no `people` (written before this scheme: it cannot be pseudonymised in place).
 */
export function pseudonymised(
  record: Record<string, unknown>,
  userId: string,
  pseudonym: string,
): Record<string, unknown> | undefined {
  const people = record.people;
  if (typeof people !== 'object' || people === null) return undefined;
  const fields: PersonalField[] = [];
  if (fieldValue(record, 'actor.userId') === userId)
    fields.push('actor.userId', 'actor.conversationId', 'parameters');
  if (fieldValue(record, 'confirmedBy') === userId) fields.push('confirmedBy');
  let next = record;
  const nextPeople: Record<string, unknown> = { ...(people as Record<string, unknown>) };
  let changed = false;
  for (const field of fields) {
    const entry = nextPeople[field] as { salt?: unknown } | undefined;
    if (typeof entry?.salt !== 'string') continue;
    nextPeople[field] = { commitment: commitment(field, entry.salt, fieldValue(record, field)) };
    const replacement = field === 'parameters' ? {} : field === 'actor.conversationId' ? 'erased' : pseudonym;
    next = withField(next, field, replacement);
    changed = true;
  }
  return changed ? { ...next, people: nextPeople } : undefined;
}

/** True when `record` names `userId` in a personal field (before pseudonymisation). */
export function recordIsAbout(record: Record<string, unknown>, userId: string): boolean {
  return fieldValue(record, 'actor.userId') === userId || fieldValue(record, 'confirmedBy') === userId;
}

/** Skill and action of the record erasure appends: made by the pseudonym, naming the records it changed. */
export const ERASURE_SKILL = 'privacy';
export const ERASURE_ACTION = 'person_pseudonymised';

/**
 * Checks, while a verifier walks the chain, that every pseudonymised record was pseudonymised by the app: a
 * later erasure record (`person_pseudonymised`, in the chain, so itself tamper-evident) made by the same
 * pseudonym must list its seq. A record someone pseudonymised by hand, or whose pseudonym was swapped, fails.
 */
export class PseudonymLedger {
  /** seq -> the pseudonym its pseudonymised id field shows (`''` when only other fields were pseudonymised). */
  private readonly pending = new Map<number, string>();
  /** `${seq}\n${pseudonym}` claimed by erasure records. */
  private readonly claims = new Set<string>();

  /** Notes one verified record. */
  note(seq: number, record: Record<string, unknown>): void {
    const people = record.people;
    if (typeof people === 'object' && people !== null) {
      const committed = (field: PersonalField) => {
        const entry = (people as Record<string, unknown>)[field];
        return typeof entry === 'object' && entry !== null && 'commitment' in entry;
      };
      if (PERSONAL_FIELDS.some(committed)) {
        const id = committed('actor.userId')
          ? fieldValue(record, 'actor.userId')
          : committed('confirmedBy')
            ? fieldValue(record, 'confirmedBy')
            : '';
        this.pending.set(seq, typeof id === 'string' ? id : '');
      }
    }
    if (record.skill === ERASURE_SKILL && record.action === ERASURE_ACTION) {
      const pseudonym = fieldValue(record, 'actor.userId');
      const seqs = (record.parameters as { seqs?: unknown } | undefined)?.seqs;
      if (typeof pseudonym === 'string' && Array.isArray(seqs))
        for (const claimed of seqs)
          if (typeof claimed === 'number') this.claims.add(`${claimed}\n${pseudonym}`);
    }
  }

  /** The first pseudonymised record no erasure record accounts for, or undefined. */
  problem(): { seq: number; problem: string } | undefined {
    for (const [seq, pseudonym] of [...this.pending].sort((a, b) => a[0] - b[0])) {
      const claimed =
        pseudonym === ''
          ? [...this.claims].some((claim) => claim.startsWith(`${seq}\n`))
          : this.claims.has(`${seq}\n${pseudonym}`);
      if (!claimed)
        return {
          seq,
          problem: `record ${seq} was pseudonymised, but no erasure record names it with that pseudonym (changed outside the app)`,
        };
    }
    return undefined;
  }
}
