import { odata, type TableClient, type TableEntityResult } from '@azure/data-tables';
import { ReadyTable } from '../../storage/ReadyTable';
import { storageStatus } from '../../storage/storageStatus';
import { tableKey } from '../../storage/tableKey';
import type {
  ApprovalDecision,
  ApprovalRecord,
  ApprovalRequest,
  ApprovalRole,
  ApprovalStore,
  CardPlace,
} from './ApprovalStore';
import { approvalRecord, type StoredApproval } from './approvalRecord';

export interface TableApprovalStoreOptions {
  /** The table (e.g. `approvals`), created on first use; shared by every instance. */
  readonly table: TableClient;
}

/** Every request is in one partition (requests are few: one per report that needs a second person). */
const PARTITION = 'approval';
/** A decision that keeps losing its ETag race to card updates is retried this often before it gives up. */
const DECIDE_ATTEMPTS = 8;

/** The entity's properties: the record's fields, card places as JSON; unset fields are absent. */
type ApprovalEntity = StoredApproval;

/**
 * `ApprovalStore` in Azure Table Storage, shared by every instance: one entity per report (row key: the hash of
 * the report id). `request` is an insert (a conflict returns the existing record); `decide` reads the entity and
 * merges the decision only while it is pending and only with the ETag it read, so of two instances deciding at
 * once exactly one wins (the other re-reads and gets the winner's record); `placeCard` merges one card property
 * (a missing entity is a 404: false). Retention and erasure list the partition with a filter.
 */
export class TableApprovalStore implements ApprovalStore {
  private readonly table: ReadyTable;

  constructor(options: TableApprovalStoreOptions) {
    this.table = new ReadyTable(options.table);
  }

  async request(input: ApprovalRequest): Promise<ApprovalRecord> {
    await this.table.ready();
    const entity: ApprovalEntity = { ...input, state: 'pending' };
    try {
      await this.table.client.createEntity({
        partitionKey: PARTITION,
        rowKey: rowKey(input.reportId),
        ...entity,
      });
      return approvalRecord(entity);
    } catch (error) {
      if (storageStatus(error) !== 409) throw error;
    }
    const existing = await this.find(input.reportId);
    if (!existing) throw new Error(`approval for report ${input.reportId} vanished while it was requested`);
    return approvalRecord(existing);
  }

  async get(reportId: string): Promise<ApprovalRecord | undefined> {
    const entity = await this.find(reportId);
    return entity ? approvalRecord(entity) : undefined;
  }

  async placeCard(reportId: string, role: ApprovalRole, place: CardPlace): Promise<boolean> {
    await this.table.ready();
    const property = role === 'author' ? 'authorCard' : 'approverCard';
    try {
      await this.table.client.updateEntity(
        { partitionKey: PARTITION, rowKey: rowKey(reportId), [property]: JSON.stringify(place) },
        'Merge',
      );
      return true;
    } catch (error) {
      if (storageStatus(error) === 404) return false;
      throw error;
    }
  }

  async decide(
    reportId: string,
    decision: ApprovalDecision,
  ): Promise<{ record: ApprovalRecord; decided: boolean } | undefined> {
    for (let attempt = 0; attempt < DECIDE_ATTEMPTS; attempt++) {
      const current = await this.find(reportId);
      if (!current) return undefined;
      if (current.state !== 'pending') return { record: approvalRecord(current), decided: false };
      const decided: Partial<ApprovalEntity> = {
        state: decision.state,
        decidedBy: decision.by,
        decidedAt: decision.at,
        ...(decision.comment === undefined ? {} : { comment: decision.comment }),
      };
      try {
        await this.table.client.updateEntity(
          { partitionKey: PARTITION, rowKey: rowKey(reportId), ...decided },
          'Merge',
          { etag: current.etag },
        );
        return { record: approvalRecord({ ...current, ...decided }), decided: true };
      } catch (error) {
        // 412: someone wrote it since it was read (a decision, or a card placed): read again.
        if (storageStatus(error) === 404) return undefined;
        if (storageStatus(error) !== 412) throw error;
      }
    }
    throw new Error(`approval for report ${reportId}: the decision kept conflicting with other writes`);
  }

  /** Retention (with the reports): removes the requests made before `cutoff`; resolves with how many. */
  async purgeBefore(cutoff: Date): Promise<number> {
    let removed = 0;
    for (const entity of await this.list(odata`requestedAt lt ${cutoff.toISOString()}`))
      removed += await this.remove(entity);
    return removed;
  }

  /** Every request `userId` made, was asked to decide, or decided, oldest first. */
  async recordsAbout(userId: string): Promise<ApprovalRecord[]> {
    const entities = await this.list(
      odata`authorId eq ${userId} or approverId eq ${userId} or decidedBy eq ${userId}`,
    );
    return entities
      .map(approvalRecord)
      .sort((a, b) => (a.requestedAt < b.requestedAt ? -1 : a.requestedAt > b.requestedAt ? 1 : 0));
  }

  /**
   * Removes the requests for `userId`'s reports; in requests for other people's reports, `userId` as approver
   * or decider becomes `replacement` (the decision stays). Resolves with how many entities were removed or changed.
   */
  async eraseUser(userId: string, replacement: string): Promise<number> {
    let changes = 0;
    for (const entity of await this.list(odata`authorId eq ${userId}`)) changes += await this.remove(entity);
    for (const entity of await this.list(odata`approverId eq ${userId} or decidedBy eq ${userId}`)) {
      const renamed: Partial<ApprovalEntity> = {
        ...(entity.approverId === userId ? { approverId: replacement } : {}),
        ...(entity.decidedBy === userId ? { decidedBy: replacement } : {}),
      };
      try {
        await this.table.client.updateEntity(
          { partitionKey: PARTITION, rowKey: entity.rowKey as string, ...renamed },
          'Merge',
        );
        changes += 1;
      } catch (error) {
        if (storageStatus(error) !== 404) throw error;
      }
    }
    return changes;
  }

  private async find(reportId: string): Promise<TableEntityResult<ApprovalEntity> | undefined> {
    return this.table.find<ApprovalEntity>(PARTITION, rowKey(reportId));
  }

  /** The entities of the partition that match `filter` (an OData expression over the entity's properties). */
  private async list(filter: string): Promise<TableEntityResult<ApprovalEntity>[]> {
    await this.table.ready();
    const found: TableEntityResult<ApprovalEntity>[] = [];
    for await (const entity of this.table.client.listEntities<ApprovalEntity>({
      queryOptions: { filter: `${odata`PartitionKey eq ${PARTITION}`} and (${filter})` },
    }))
      found.push(entity);
    return found;
  }

  /** Deletes one listed entity; 1, or 0 when it was already gone. */
  private async remove(entity: TableEntityResult<ApprovalEntity>): Promise<number> {
    try {
      await this.table.client.deleteEntity(PARTITION, entity.rowKey as string);
      return 1;
    } catch (error) {
      if (storageStatus(error) === 404) return 0;
      throw error;
    }
  }
}

/** The row key of a report's request. */
function rowKey(reportId: string): string {
  return tableKey(reportId);
}
