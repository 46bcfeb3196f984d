import { odata, type TableClient } from '@azure/data-tables';
import { ReadyTable } from '../storage/ReadyTable';
import { storageStatus } from '../storage/storageStatus';
import { tableKey } from '../storage/tableKey';
import type { Reaction } from './FeedbackStore';
import { answerRecord, KeptFeedbackStore, type KeptAnswer, type KeptReaction } from './KeptFeedbackStore';

export interface TableFeedbackStoreOptions {
  /** The table (e.g. `feedback`), created on first use; shared by every instance. */
  readonly table: TableClient;
  /** Clock for the records' times (tests); default the current time. */
  readonly now?: () => Date;
}

/**
 * Partitions: every answer in one, every reaction in another (listing reads only reactions), and per
 * (conversation, user) the message id of the answer recorded last.
 */
const ANSWERS = 'answer';
const REACTIONS = 'feedback';
const LATEST = 'latest';

/**
 * `FeedbackStore` in Azure Table Storage, shared by every instance: one entity per answer (partition
 * `answer`), one per reaction (partition `feedback`), both keyed by the hash of (conversation, message), so
 * recording either again replaces it. `list` reads the reaction partition (filtered by reaction), joins each to
 * its answer and sorts newest first: reactions are few next to answers.
 */
export class TableFeedbackStore extends KeptFeedbackStore {
  private readonly table: ReadyTable;

  constructor(options: TableFeedbackStoreOptions) {
    super(options.now);
    this.table = new ReadyTable(options.table);
  }

  protected async keepAnswer(answer: KeptAnswer): Promise<void> {
    await this.table.ready();
    await this.table.client.upsertEntity(
      { partitionKey: ANSWERS, rowKey: answerKey(answer.conversationId, answer.messageId), ...answer },
      'Replace',
    );
    await this.table.client.upsertEntity(
      {
        partitionKey: LATEST,
        rowKey: latestKey(answer.conversationId, answer.userId),
        messageId: answer.messageId,
      },
      'Replace',
    );
  }

  async latestAnswerId(conversationId: string, userId: string): Promise<string | undefined> {
    const latest = await this.table.find<{ messageId: string }>(LATEST, latestKey(conversationId, userId));
    return latest?.messageId;
  }

  protected async answerUser(conversationId: string, messageId: string): Promise<string | undefined> {
    return (await this.answer(answerKey(conversationId, messageId)))?.userId;
  }

  protected async keepReaction(
    conversationId: string,
    messageId: string,
    reaction: KeptReaction,
  ): Promise<void> {
    await this.table.client.upsertEntity(
      { partitionKey: REACTIONS, rowKey: answerKey(conversationId, messageId), ...reaction },
      'Replace',
    );
  }

  protected async newestReactions(
    reaction: Reaction | undefined,
    limit: number,
  ): Promise<{ answer: KeptAnswer; reaction: KeptReaction }[]> {
    await this.table.ready();
    const filter = reaction
      ? odata`PartitionKey eq ${REACTIONS} and reaction eq ${reaction}`
      : odata`PartitionKey eq ${REACTIONS}`;
    const reactions: (KeptReaction & { key: string })[] = [];
    for await (const entity of this.table.client.listEntities<KeptReaction>({ queryOptions: { filter } }))
      reactions.push({
        key: entity.rowKey as string,
        reaction: entity.reaction,
        comment: entity.comment,
        at: entity.at,
      });
    reactions.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
    const newest = reactions.slice(0, limit);
    const answers = await Promise.all(newest.map((kept) => this.answer(kept.key)));
    const found: { answer: KeptAnswer; reaction: KeptReaction }[] = [];
    newest.forEach((kept, i) => {
      const answer = answers[i];
      if (answer)
        found.push({ answer, reaction: { reaction: kept.reaction, comment: kept.comment, at: kept.at } });
    });
    return found;
  }

  /**
   * Retention: removes reactions given before `cutoff`, then answers (and their `latest` pointers) last written
   * before it that no reaction is left on. Resolves with how many entities were removed.
   */
  async purgeBefore(cutoff: Date): Promise<number> {
    await this.table.ready();
    const at = cutoff.toISOString();
    let removed = 0;
    const kept = new Set<string>();
    for await (const entity of this.table.client.listEntities<KeptReaction>({
      queryOptions: { filter: odata`PartitionKey eq ${REACTIONS}` },
    })) {
      if (entity.at < at) {
        await this.table.client.deleteEntity(REACTIONS, entity.rowKey as string);
        removed += 1;
      } else kept.add(entity.rowKey as string);
    }
    const old = odata`Timestamp lt ${cutoff}`;
    for await (const entity of this.table.client.listEntities<KeptAnswer>({
      queryOptions: { filter: `${odata`PartitionKey eq ${ANSWERS}`} and ${old}` },
    })) {
      if (kept.has(entity.rowKey as string)) continue;
      await this.table.client.deleteEntity(ANSWERS, entity.rowKey as string);
      removed += 1;
    }
    for await (const entity of this.table.client.listEntities({
      queryOptions: { filter: `${odata`PartitionKey eq ${LATEST}`} and ${old}` },
    })) {
      await this.table.client.deleteEntity(LATEST, entity.rowKey as string);
      removed += 1;
    }
    return removed;
  }

  /** Every answer recorded for `userId`, with the feedback they gave on it (if any). */
  async recordsAbout(userId: string): Promise<Record<string, unknown>[]> {
    await this.table.ready();
    const found: Record<string, unknown>[] = [];
    for await (const entity of this.table.client.listEntities<KeptAnswer>({
      queryOptions: { filter: odata`PartitionKey eq ${ANSWERS} and userId eq ${userId}` },
    })) {
      const reaction = await this.reaction(entity.rowKey as string);
      found.push({
        ...answerRecord(entity),
        ...(reaction ? { reaction: reaction.reaction, comment: reaction.comment, at: reaction.at } : {}),
      });
    }
    return found;
  }

  /** Removes every answer recorded for `userId`, their reactions and `latest` pointers; resolves with how many. */
  async eraseUser(userId: string): Promise<number> {
    await this.table.ready();
    let removed = 0;
    const conversations = new Set<string>();
    for await (const entity of this.table.client.listEntities<KeptAnswer>({
      queryOptions: { filter: odata`PartitionKey eq ${ANSWERS} and userId eq ${userId}` },
    })) {
      conversations.add(entity.conversationId);
      for (const partition of [REACTIONS, ANSWERS]) {
        try {
          await this.table.client.deleteEntity(partition, entity.rowKey as string);
          removed += 1;
        } catch (error) {
          if (storageStatus(error) !== 404) throw error;
        }
      }
    }
    for (const conversationId of conversations) {
      try {
        await this.table.client.deleteEntity(LATEST, latestKey(conversationId, userId));
        removed += 1;
      } catch (error) {
        if (storageStatus(error) !== 404) throw error;
      }
    }
    return removed;
  }

  private async reaction(key: string): Promise<KeptReaction | undefined> {
    return this.table.find<KeptReaction>(REACTIONS, key);
  }

  private async answer(key: string): Promise<KeptAnswer | undefined> {
    return this.table.find<KeptAnswer>(ANSWERS, key);
  }
}

/** The row key of a user's newest answer in a conversation. */
function latestKey(conversationId: string, userId: string): string {
  return tableKey(`${conversationId}\n${userId}`);
}

/** The row key of one answer and its reaction. */
function answerKey(conversationId: string, messageId: string): string {
  return tableKey(`${conversationId}\n${messageId}`);
}
