import { odata, type TableClient } from '@azure/data-tables';
import { tableReady } from '../storage/ensureTable';
import { storageStatus } from '../storage/storageStatus';
import { tableKey } from '../storage/tableKey';
import {
  FEEDBACK_TEXT_CHARS,
  type AnswerRecord,
  type FeedbackInput,
  type FeedbackRow,
  type FeedbackStore,
  type Reaction,
} from './FeedbackStore';

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

interface AnswerEntity {
  conversationId: string;
  messageId: string;
  userId: string;
  skill: string;
  question: string;
  /** JSON array of source ids. */
  sourceIds: string;
}

interface ReactionEntity {
  reaction: Reaction;
  comment: string;
  at: string;
}

/**
 * `FeedbackStore` in Azure Table Storage, shared by every instance: one entity per answer (partition
 * `answer`), one per reaction (partition `feedback`), both keyed by the hash of (conversation, message), so
 * recording either again replaces it. `list` reads the reaction partition (filtered by reaction), joins each to
 * its answer and sorts newest first: reactions are few next to answers.
 */
export class TableFeedbackStore implements FeedbackStore {
  private readonly table: TableClient;
  private readonly ready: () => Promise<void>;
  private readonly now: () => Date;

  constructor(options: TableFeedbackStoreOptions) {
    this.table = options.table;
    this.ready = tableReady(options.table);
    this.now = options.now ?? (() => new Date());
  }

  async recordAnswer(answer: AnswerRecord): Promise<void> {
    await this.ready();
    const entity: AnswerEntity = {
      conversationId: answer.conversationId,
      messageId: answer.messageId,
      userId: answer.userId,
      skill: answer.skill,
      question: answer.question.slice(0, FEEDBACK_TEXT_CHARS),
      sourceIds: JSON.stringify(answer.sourceIds),
    };
    await this.table.upsertEntity(
      { partitionKey: ANSWERS, rowKey: answerKey(answer.conversationId, answer.messageId), ...entity },
      'Replace',
    );
    await this.table.upsertEntity(
      {
        partitionKey: LATEST,
        rowKey: latestKey(answer.conversationId, answer.userId),
        messageId: answer.messageId,
      },
      'Replace',
    );
  }

  async latestAnswerId(conversationId: string, userId: string): Promise<string | undefined> {
    await this.ready();
    try {
      const entity = await this.table.getEntity<{ messageId: string }>(
        LATEST,
        latestKey(conversationId, userId),
      );
      return entity.messageId;
    } catch (error) {
      if (storageStatus(error) === 404) return undefined;
      throw error;
    }
  }

  async recordFeedback(input: FeedbackInput): Promise<boolean> {
    await this.ready();
    const key = answerKey(input.conversationId, input.messageId);
    const answer = await this.answer(key);
    if (!answer || answer.userId !== input.userId) return false;
    const entity: ReactionEntity = {
      reaction: input.reaction,
      comment: input.comment.slice(0, FEEDBACK_TEXT_CHARS),
      at: this.now().toISOString(),
    };
    await this.table.upsertEntity({ partitionKey: REACTIONS, rowKey: key, ...entity }, 'Replace');
    return true;
  }

  async list(options: { reaction?: Reaction; limit?: number } = {}): Promise<FeedbackRow[]> {
    await this.ready();
    const filter = options.reaction
      ? odata`PartitionKey eq ${REACTIONS} and reaction eq ${options.reaction}`
      : odata`PartitionKey eq ${REACTIONS}`;
    const reactions: (ReactionEntity & { key: string })[] = [];
    for await (const entity of this.table.listEntities<ReactionEntity>({ queryOptions: { filter } }))
      reactions.push({
        key: entity.rowKey as string,
        reaction: entity.reaction,
        comment: entity.comment,
        at: entity.at,
      });
    reactions.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
    const newest = reactions.slice(0, options.limit ?? 100);
    const answers = await Promise.all(newest.map((reaction) => this.answer(reaction.key)));
    const rows: FeedbackRow[] = [];
    newest.forEach((reaction, i) => {
      const answer = answers[i];
      if (!answer) return;
      rows.push({
        conversationId: answer.conversationId,
        messageId: answer.messageId,
        userId: answer.userId,
        skill: answer.skill,
        question: answer.question,
        sourceIds: JSON.parse(answer.sourceIds) as string[],
        reaction: reaction.reaction,
        comment: reaction.comment,
        at: reaction.at,
      });
    });
    return rows;
  }

  /**
   * Retention: removes reactions given before `cutoff`, then answers (and their `latest` pointers) last written
   * before it that no reaction is left on. Resolves with how many entities were removed.
   */
  async purgeBefore(cutoff: Date): Promise<number> {
    await this.ready();
    const at = cutoff.toISOString();
    let removed = 0;
    const kept = new Set<string>();
    for await (const entity of this.table.listEntities<ReactionEntity>({
      queryOptions: { filter: odata`PartitionKey eq ${REACTIONS}` },
    })) {
      if (entity.at < at) {
        await this.table.deleteEntity(REACTIONS, entity.rowKey as string);
        removed += 1;
      } else kept.add(entity.rowKey as string);
    }
    const old = odata`Timestamp lt ${cutoff}`;
    for await (const entity of this.table.listEntities<AnswerEntity>({
      queryOptions: { filter: `${odata`PartitionKey eq ${ANSWERS}`} and ${old}` },
    })) {
      if (kept.has(entity.rowKey as string)) continue;
      await this.table.deleteEntity(ANSWERS, entity.rowKey as string);
      removed += 1;
    }
    for await (const entity of this.table.listEntities({
      queryOptions: { filter: `${odata`PartitionKey eq ${LATEST}`} and ${old}` },
    })) {
      await this.table.deleteEntity(LATEST, entity.rowKey as string);
      removed += 1;
    }
    return removed;
  }

  /** Every answer recorded for `userId`, with the feedback they gave on it (if any). */
  async recordsAbout(userId: string): Promise<Record<string, unknown>[]> {
    await this.ready();
    const found: Record<string, unknown>[] = [];
    for await (const entity of this.table.listEntities<AnswerEntity>({
      queryOptions: { filter: odata`PartitionKey eq ${ANSWERS} and userId eq ${userId}` },
    })) {
      const reaction = await this.reaction(entity.rowKey as string);
      found.push({
        conversationId: entity.conversationId,
        messageId: entity.messageId,
        userId: entity.userId,
        skill: entity.skill,
        question: entity.question,
        sourceIds: JSON.parse(entity.sourceIds) as string[],
        ...(reaction ? { reaction: reaction.reaction, comment: reaction.comment, at: reaction.at } : {}),
      });
    }
    return found;
  }

  /** Removes every answer recorded for `userId`, their reactions and `latest` pointers; resolves with how many. */
  async eraseUser(userId: string): Promise<number> {
    await this.ready();
    let removed = 0;
    const conversations = new Set<string>();
    for await (const entity of this.table.listEntities<AnswerEntity>({
      queryOptions: { filter: odata`PartitionKey eq ${ANSWERS} and userId eq ${userId}` },
    })) {
      conversations.add(entity.conversationId);
      for (const partition of [REACTIONS, ANSWERS]) {
        try {
          await this.table.deleteEntity(partition, entity.rowKey as string);
          removed += 1;
        } catch (error) {
          if (storageStatus(error) !== 404) throw error;
        }
      }
    }
    for (const conversationId of conversations) {
      try {
        await this.table.deleteEntity(LATEST, latestKey(conversationId, userId));
        removed += 1;
      } catch (error) {
        if (storageStatus(error) !== 404) throw error;
      }
    }
    return removed;
  }

  private async reaction(key: string): Promise<ReactionEntity | undefined> {
    try {
      return await this.table.getEntity<ReactionEntity>(REACTIONS, key);
    } catch (error) {
      if (storageStatus(error) === 404) return undefined;
      throw error;
    }
  }

  private async answer(key: string): Promise<AnswerEntity | undefined> {
    try {
      return await this.table.getEntity<AnswerEntity>(ANSWERS, key);
    } catch (error) {
      if (storageStatus(error) === 404) return undefined;
      throw error;
    }
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
