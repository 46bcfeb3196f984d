import { odata, TableTransaction, type TableClient, type TableEntityResult } from '@azure/data-tables';
import { ReadyTable } from '../storage/ReadyTable';
import { tableKey } from '../storage/tableKey';
import { ANSWER_LOG_TEXT_CHARS, type AnswerEvent, type AnswerLog } from './AnswerLog';
import { answerEvent, type StoredAnswerEvent } from './answerEvent';

export interface TableAnswerLogOptions {
  /** The table (e.g. `answerlog`), created on first use; shared by every instance. */
  readonly table: TableClient;
}

/** Largest epoch milliseconds a key inverts (year 2286): keys stay 13 digits. */
const LATEST_MS = 9_999_999_999_999;
/** Largest `YYYYMMDD` a partition key inverts. */
const LATEST_DAY = 99_999_999;
/** Entities a Table Storage transaction holds at most (one partition each). */
const TRANSACTION_SIZE = 100;

/** An event's entity: its fields, unset ones absent (`answerEvent` reads it back). */
type EventEntity = StoredAnswerEvent;

/**
 * `AnswerLog` in Azure Table Storage, shared by every instance (the admin console's usage then counts every
 * instance's answers). One partition per UTC day of the event and one entity per event; both keys invert time
 * (partition `99999999 - YYYYMMDD`, row `9999999999999 - epoch ms` then the hash of the id), so the table's
 * own order is newest first: `list` reads from the newest day down to `since` and stops at `limit`. Recording
 * the same event again (same id and time, e.g. a retry) replaces it. An event whose `at` is not an ISO time is
 * refused (nothing is written). Retention and erasure delete in transactions of up to 100 per day.
 */
export class TableAnswerLog implements AnswerLog {
  private readonly table: ReadyTable;

  constructor(options: TableAnswerLogOptions) {
    this.table = new ReadyTable(options.table);
  }

  async record(event: AnswerEvent): Promise<void> {
    const ms = Date.parse(event.at);
    if (!Number.isFinite(ms)) throw new RangeError(`answer log: event ${event.id} has no valid time`);
    await this.table.ready();
    const entity: EventEntity = {
      id: event.id,
      at: event.at,
      surface: event.surface,
      skill: event.skill,
      userId: event.userId,
      ...(event.conversationId === undefined ? {} : { conversationId: event.conversationId }),
      question: event.question.slice(0, ANSWER_LOG_TEXT_CHARS),
      ...(event.brand === undefined ? {} : { brand: event.brand }),
      outcome: event.outcome,
      cited: JSON.stringify(event.citedSourceIds),
      closest: JSON.stringify(event.closestSourceIds),
      answerText: event.answerText.slice(0, ANSWER_LOG_TEXT_CHARS),
    };
    await this.table.client.upsertEntity(
      { partitionKey: dayKey(ms), rowKey: `${invert(ms, LATEST_MS, 13)}-${tableKey(event.id)}`, ...entity },
      'Replace',
    );
  }

  async list(options: { since?: string; limit?: number } = {}): Promise<AnswerEvent[]> {
    const limit = options.limit ?? 10_000;
    const since = options.since === undefined ? undefined : Date.parse(options.since);
    const filter =
      since === undefined || !Number.isFinite(since)
        ? undefined
        : `${odata`PartitionKey le ${dayKey(since)}`} and ${odata`at ge ${options.since}`}`;
    return limit > 0 ? (await this.entities(filter, limit)).map(answerEvent) : [];
  }

  /** Retention: removes the events before `cutoff`; resolves with how many. */
  async purgeBefore(cutoff: Date): Promise<number> {
    const filter = `${odata`PartitionKey ge ${dayKey(cutoff.getTime())}`} and ${odata`at lt ${cutoff.toISOString()}`}`;
    return this.remove(await this.entities(filter));
  }

  /** Every event of questions `userId` asked, oldest first, as stored. */
  async recordsAbout(userId: string): Promise<Record<string, unknown>[]> {
    const found = await this.entities(odata`userId eq ${userId}`);
    return found.reverse().map((entity) => ({ ...answerEvent(entity) }));
  }

  /** Removes every event of questions `userId` asked; resolves with how many. */
  async eraseUser(userId: string): Promise<number> {
    return this.remove(await this.entities(odata`userId eq ${userId}`));
  }

  /** Entities matching `filter` (all without), in the table's order (newest first), at most `limit`. */
  private async entities(
    filter: string | undefined,
    limit = Infinity,
  ): Promise<TableEntityResult<EventEntity>[]> {
    await this.table.ready();
    const found: TableEntityResult<EventEntity>[] = [];
    for await (const entity of this.table.client.listEntities<EventEntity>(
      filter === undefined ? {} : { queryOptions: { filter } },
    )) {
      found.push(entity);
      if (found.length >= limit) break;
    }
    return found;
  }

  /** Deletes `entities`, in transactions of up to 100 per partition; resolves with how many. */
  private async remove(entities: readonly TableEntityResult<EventEntity>[]): Promise<number> {
    const byDay = new Map<string, string[]>();
    for (const entity of entities) {
      const rows = byDay.get(entity.partitionKey as string) ?? [];
      rows.push(entity.rowKey as string);
      byDay.set(entity.partitionKey as string, rows);
    }
    for (const [day, rows] of byDay)
      for (let i = 0; i < rows.length; i += TRANSACTION_SIZE) {
        const transaction = new TableTransaction();
        for (const row of rows.slice(i, i + TRANSACTION_SIZE)) transaction.deleteEntity(day, row);
        await this.table.client.submitTransaction(transaction.actions);
      }
    return entities.length;
  }
}

/** `latest - value`, zero-padded to `digits`: ascending keys for descending values. */
function invert(value: number, latest: number, digits: number): string {
  return String(latest - value).padStart(digits, '0');
}

/** The partition of an event at epoch `ms`: its UTC day, inverted. */
function dayKey(ms: number): string {
  const day = Number(new Date(ms).toISOString().slice(0, 10).replaceAll('-', ''));
  return invert(day, LATEST_DAY, 8);
}
