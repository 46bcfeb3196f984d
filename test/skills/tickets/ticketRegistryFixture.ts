import assert from 'node:assert/strict';
import path from 'node:path';
import Database from 'better-sqlite3';
import { loadOrganisationProfile } from '../../../knowledge/profile/loadOrganisationProfile';
import type { AuditEntry, AuditLog, AuditRecord } from '../../../skills/audit/AuditLog';
import { SqliteConfirmationStore } from '../../../skills/confirm/SqliteConfirmationStore';
import { SqliteIdempotencyStore } from '../../../skills/confirm/SqliteIdempotencyStore';
import type { SkillContext, SkillResult } from '../../../skills/SkillDescriptor';
import { SkillRegistry } from '../../../skills/SkillRegistry';
import { fileTicketSkill } from '../../../skills/tickets/fileTicketSkill';
import { myTicketsSkill } from '../../../skills/tickets/myTicketsSkill';
import { SqliteTicketDesk } from '../../../skills/tickets/SqliteTicketDesk';
import type { TicketBackendError } from '../../../skills/tickets/TicketBackendError';
import { ticketStatusSkill } from '../../../skills/tickets/ticketStatusSkill';
import type { Ticket, TicketSystem } from '../../../skills/tickets/TicketSystem';
import { readThrough } from '../../support/readThrough';
import { ofType } from '../../adaptive-cards/cardWalk';

/** The sample corpus's organisation: the ticket categories and brands these tests use. */
export const SAMPLE_PROFILE = loadOrganisationProfile(
  path.join(__dirname, '../../../knowledge/sample/organisation.yaml'),
);

/**
 * An in-memory AuditLog: keeps entries in order (no chain; the SQLite log has its own tests). While `failing`
 * is set, `append` throws it and keeps nothing (a full disk, a locked file, an unreachable store).
 */
export class ArrayAuditLog implements AuditLog {
  readonly entries: AuditEntry[] = [];
  failing: Error | undefined;
  async append(entry: AuditEntry): Promise<AuditRecord> {
    if (this.failing) throw this.failing;
    this.entries.push(entry);
    return {
      ...entry,
      seq: this.entries.length,
      time: new Date().toISOString(),
      prevHash: '0'.repeat(64),
      hash: '',
    };
  }
  async close(): Promise<void> {}
}

/** A desk whose creates can be made to fail, to test what the user gets back (delegates to the real desk). */
export class FlakyDesk implements TicketSystem {
  failWith: TicketBackendError | undefined;
  constructor(readonly inner: SqliteTicketDesk) {}
  async create(...args: Parameters<TicketSystem['create']>): Promise<Ticket> {
    if (this.failWith) throw this.failWith;
    return this.inner.create(...args);
  }
  get = (id: number) => this.inner.get(id);
  listByRequester = (id: string, options?: { top?: number }) => this.inner.listByRequester(id, options);
  close = () => this.inner.close();
}

export const contextFor = (id: string, name?: string): SkillContext => ({
  user: { id, ...(name ? { name } : {}), principals: [`user:${id}`, 'everyone'] },
  surface: 'test',
  conversationId: 'conv-1',
});
export const alex = contextFor('user-alex', 'Alex Wilber');
export const megan = contextFor('user-megan', 'Megan Bowen');

/** The confirmation token and prefilled input values of a ticket form card. */
export function formOf(result: SkillResult): { token: string; inputs: Record<string, unknown> } {
  const confirm = ofType(result.card, 'Action.Execute').find((a) => a.verb === 'confirm');
  const data = confirm?.data as { skill?: string; token?: string } | undefined;
  assert.equal(data?.skill, 'file_ticket');
  assert.ok(data?.token, 'form without token');
  const inputs = Object.fromEntries(
    [...ofType(result.card, 'Input.Text'), ...ofType(result.card, 'Input.ChoiceSet')].map((i) => [
      i.id,
      i.value,
    ]),
  );
  return { token: data.token, inputs };
}

/**
 * The real ticket skills in a real SkillRegistry: ConfirmationStore and IdempotencyStore on one in-memory
 * SQLite database, an in-memory SqliteTicketDesk behind a FlakyDesk, an ArrayAuditLog; draft ids are
 * `draft-0001`, `draft-0002`, ….
 */
export function ticketRegistry() {
  const db = new Database(':memory:');
  const confirmations = new SqliteConfirmationStore({ db });
  const desk = new SqliteTicketDesk({ file: ':memory:' });
  const flaky = new FlakyDesk(desk);
  const audit = new ArrayAuditLog();
  let drafts = 0;
  const registry = new SkillRegistry({
    audit,
    confirmations,
    idempotency: new SqliteIdempotencyStore({ db }),
  })
    .register(
      fileTicketSkill({
        tickets: flaky,
        confirmations,
        newDraftId: () => `draft-000${++drafts}`,
        profile: SAMPLE_PROFILE,
      }),
    )
    .register(ticketStatusSkill({ tickets: flaky, profile: SAMPLE_PROFILE }))
    .register(myTicketsSkill({ tickets: flaky }));
  const propose = (context = alex, summary = 'open a ticket: the CAN simulator in lab 3 is down') =>
    registry.get('file_ticket')!.invoke({ summary }, context);
  const fileFor = async (context: SkillContext, summary: string) => {
    const { token } = formOf(await propose(context, summary));
    await registry.confirm('file_ticket', { token, edits: {} }, context);
  };
  return { registry, confirmations, desk, flaky, audit, propose, fileFor, close: () => desk.close() };
}

export type TicketRegistry = ReturnType<typeof ticketRegistry>;

/**
 * Call inside a `describe`: a fresh {@link ticketRegistry} before each test, closed after it. The returned
 * object reads through to the current test's registry (reading it outside a test or hook throws).
 */
export function useTicketRegistry(): TicketRegistry {
  let current: TicketRegistry | undefined;
  beforeEach(() => {
    current = ticketRegistry();
  });
  afterEach(() => current?.close());
  const now = (): TicketRegistry => {
    if (!current) throw new Error('useTicketRegistry: read it inside a test or hook');
    return current;
  };
  return readThrough(now);
}
