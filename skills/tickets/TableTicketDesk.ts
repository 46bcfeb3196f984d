import { odata, TableTransaction, type TableClient } from '@azure/data-tables';
import { tableReady } from '../storage/ensureTable';
import { lostRace, storageStatus } from '../storage/storageStatus';
import { tableKey } from '../storage/tableKey';
import { compactTicket } from './compactTicket';
import { TicketBackendError } from './TicketBackendError';
import {
  clampTop,
  isTicketId,
  requireIdempotencyKey,
  type Ticket,
  type TicketDraft,
  type TicketRequester,
  type TicketSystem,
} from './TicketSystem';

export interface TableTicketDeskOptions {
  /** The table (e.g. `tickets`), created on first use; shared by every instance. */
  readonly table: TableClient;
  /** Clock for `createdAt`; default `Date.now`. */
  readonly now?: () => number;
  /** How many times a create retries after losing a race for the next id; default 50. */
  readonly maxAttempts?: number;
}

/** Every row lives in one partition, so one ticket's rows are written in one atomic transaction. */
const DESK = 'desk';
const COUNTER = 'counter';
/** Ids are padded to this many digits in row keys (ordering), and inverted from 10^12 in requester rows. */
const ID_DIGITS = 12;
const ID_CEILING = 10 ** ID_DIGITS;

const ticketRow = (id: number) => `t-${String(id).padStart(ID_DIGITS, '0')}`;
const keyRow = (idempotencyKey: string) => `k-${tableKey(idempotencyKey)}`;
const requesterPrefix = (requesterId: string) => `r-${tableKey(requesterId)}-`;
const requesterRow = (requesterId: string, id: number) =>
  `${requesterPrefix(requesterId)}${String(ID_CEILING - id).padStart(ID_DIGITS, '0')}`;

/**
 * The embedded ticket desk in Azure Table Storage, shared by every instance: ids 1, 2, 3, ... (never reused),
 * every new ticket `new`, no web UI (no `url`). One partition holds a counter (the last id issued), one row per
 * ticket, one per idempotency key and one per (requester, ticket) for listing newest first. A create is one
 * entity-group transaction: move the counter (If-Match on its ETag), insert the ticket, its key row and its
 * requester row. Two instances filing at once conflict on the counter (412) or on the key row (409): the loser
 * re-reads and either returns the ticket filed under its key or retries with the next id, so a key files at
 * most once and ids never collide. A create still losing after `maxAttempts` throws
 * `ticket_backend_unavailable`.
 */
export class TableTicketDesk implements TicketSystem {
  private readonly table: TableClient;
  private readonly ready: () => Promise<void>;
  private readonly now: () => number;
  private readonly maxAttempts: number;

  constructor(options: TableTicketDeskOptions) {
    this.table = options.table;
    this.ready = tableReady(options.table);
    this.now = options.now ?? Date.now;
    this.maxAttempts = options.maxAttempts ?? 50;
  }

  async create(draft: TicketDraft, requester: TicketRequester, idempotencyKey: string): Promise<Ticket> {
    requireIdempotencyKey(idempotencyKey, 'TableTicketDesk');
    await this.ready();
    for (let attempt = 1; attempt <= this.maxAttempts; attempt += 1) {
      const filed = await this.row<{ ticketId: number }>(keyRow(idempotencyKey));
      if (filed) {
        const ticket = await this.get(filed.ticketId);
        if (ticket) return ticket;
      }
      const counter = await this.row<{ last: number }>(COUNTER);
      const id = (counter?.last ?? 0) + 1;
      const ticket = compactTicket({
        ...draft,
        id,
        status: 'new',
        requesterId: requester.id,
        requesterName: requester.name,
        createdAt: new Date(this.now()).toISOString(),
      });
      const json = JSON.stringify(ticket);
      const transaction = new TableTransaction();
      if (counter)
        transaction.updateEntity({ partitionKey: DESK, rowKey: COUNTER, last: id }, 'Replace', {
          etag: counter.etag,
        });
      else transaction.createEntity({ partitionKey: DESK, rowKey: COUNTER, last: id });
      transaction.createEntity({ partitionKey: DESK, rowKey: ticketRow(id), ticket: json });
      transaction.createEntity({ partitionKey: DESK, rowKey: keyRow(idempotencyKey), ticketId: id });
      transaction.createEntity({ partitionKey: DESK, rowKey: requesterRow(requester.id, id), ticket: json });
      try {
        await this.table.submitTransaction(transaction.actions);
        return ticket;
      } catch (error) {
        if (!lostRace(error)) throw unavailable('create', error);
        // Another create took this id, or this key: look again after a short random pause.
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * Math.min(attempt, 10)));
      }
    }
    throw new TicketBackendError(
      'ticket_backend_unavailable',
      `create: still contended after ${this.maxAttempts} attempts`,
    );
  }

  async get(id: number): Promise<Ticket | undefined> {
    if (!isTicketId(id) || id >= ID_CEILING) return undefined;
    await this.ready();
    const row = await this.row<{ ticket: string }>(ticketRow(id));
    return row ? (JSON.parse(row.ticket) as Ticket) : undefined;
  }

  async listByRequester(requesterId: string, options: { top?: number } = {}): Promise<Ticket[]> {
    await this.ready();
    const top = clampTop(options.top);
    const prefix = requesterPrefix(requesterId);
    // Row keys sort ascending and the id is inverted in them: the newest ticket comes first.
    const rows = this.table.listEntities<{ ticket: string }>({
      queryOptions: {
        filter: odata`PartitionKey eq ${DESK} and RowKey gt ${prefix} and RowKey lt ${`${prefix}~`}`,
      },
    });
    const tickets: Ticket[] = [];
    for await (const row of rows) {
      tickets.push(JSON.parse(row.ticket) as Ticket);
      if (tickets.length >= top) break;
    }
    return tickets;
  }

  /** Retention: removes the tickets created before `cutoff` (all their rows); resolves with how many. */
  async purgeBefore(cutoff: Date): Promise<number> {
    await this.ready();
    const doomed: Ticket[] = [];
    const rows = this.table.listEntities<{ ticket: string }>({
      queryOptions: { filter: odata`PartitionKey eq ${DESK} and RowKey gt ${'t-'} and RowKey lt ${'t.'}` },
    });
    for await (const row of rows) {
      const ticket = JSON.parse(row.ticket) as Ticket;
      if (new Date(ticket.createdAt) < cutoff) doomed.push(ticket);
    }
    await this.remove(doomed);
    return doomed.length;
  }

  /** Every ticket `userId` filed, oldest first. */
  async recordsAbout(userId: string): Promise<Ticket[]> {
    await this.ready();
    const prefix = requesterPrefix(userId);
    const tickets: Ticket[] = [];
    const rows = this.table.listEntities<{ ticket: string }>({
      queryOptions: {
        filter: odata`PartitionKey eq ${DESK} and RowKey gt ${prefix} and RowKey lt ${`${prefix}~`}`,
      },
    });
    for await (const row of rows) tickets.push(JSON.parse(row.ticket) as Ticket);
    return tickets.reverse();
  }

  /** Removes every ticket `userId` filed (ids are never reused); resolves with how many. */
  async eraseUser(userId: string): Promise<number> {
    const tickets = await this.recordsAbout(userId);
    await this.remove(tickets);
    return tickets.length;
  }

  async close(): Promise<void> {}

  /** Deletes the tickets' rows: the ticket, its requester row and its idempotency-key row. */
  private async remove(tickets: readonly Ticket[]): Promise<void> {
    if (tickets.length === 0) return;
    const ids = new Set(tickets.map((ticket) => ticket.id));
    const keyRows: string[] = [];
    const keys = this.table.listEntities<{ ticketId: number }>({
      queryOptions: { filter: odata`PartitionKey eq ${DESK} and RowKey gt ${'k-'} and RowKey lt ${'k.'}` },
    });
    for await (const row of keys) if (ids.has(Number(row.ticketId))) keyRows.push(String(row.rowKey));
    const doomed = [
      ...tickets.flatMap((ticket) => [ticketRow(ticket.id), requesterRow(ticket.requesterId, ticket.id)]),
      ...keyRows,
    ];
    for (let i = 0; i < doomed.length; i += 100) {
      const transaction = new TableTransaction();
      for (const rowKey of doomed.slice(i, i + 100)) transaction.deleteEntity(DESK, rowKey);
      await this.table.submitTransaction(transaction.actions);
    }
  }

  /** The desk row `rowKey` with its ETag, or undefined when absent. */
  private async row<T extends object>(rowKey: string): Promise<(T & { etag: string }) | undefined> {
    try {
      return (await this.table.getEntity<T>(DESK, rowKey)) as T & { etag: string };
    } catch (error) {
      if (storageStatus(error) === 404) return undefined;
      throw unavailable('read', error);
    }
  }
}

/** A Table Storage failure as the ticket seam reports it (status only, never the payload). */
function unavailable(operation: string, error: unknown): TicketBackendError {
  const status = storageStatus(error);
  const code = status === 401 || status === 403 ? 'ticket_backend_denied' : 'ticket_backend_unavailable';
  return new TicketBackendError(code, `${operation} failed${status ? ` (HTTP ${status})` : ''}`, {
    cause: error,
    ...(status ? { status } : {}),
  });
}
