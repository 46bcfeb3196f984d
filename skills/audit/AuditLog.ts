import type { People } from './personalFields';

/** One AI-assisted action, as the caller describes it. */
export interface AuditEntry {
  readonly actor: {
    /** Entra object id (or local-mode id) of the person the action was for. */
    readonly userId: string;
    readonly tenantId?: string;
    readonly conversationId?: string;
    /** `teams`, `copilot`, `messageExtension`, `cli`, `test`. */
    readonly surface: string;
  };
  /** Skill name (`ask_knowledge`, `file_ticket`, ...). */
  readonly skill: string;
  /** What happened: `question_answered`, `ticket_proposed`, `ticket_filed`, `report_drafted`, `refused`, ... */
  readonly action: string;
  /** The skill's parameters as parsed (never secrets or tokens). */
  readonly parameters: Readonly<Record<string, unknown>>;
  /** Ids of the source documents cited or used. */
  readonly sourceIds: readonly string[];
  /** `rules` for the deterministic router, `model:<deployment>` when a model planned the call. */
  readonly planner: string;
  /** User id of the person who confirmed a consequential action. */
  readonly confirmedBy?: string;
  readonly outcome: 'ok' | 'refused' | 'failed';
  /** Short, user-safe detail (an error code, a ticket number). */
  readonly detail?: string;
}

/** A stored entry: numbered, timestamped and hash-chained to its predecessor. */
export interface AuditRecord extends AuditEntry {
  /** 1, 2, 3, ... without gaps. */
  readonly seq: number;
  /** ISO 8601 time of the append. */
  readonly time: string;
  /** `hash` of the previous record; 64 zeros for the first. */
  readonly prevHash: string;
  /**
   * SHA-256 (hex) over `prevHash` and the canonical JSON of every other field of this record but `people`, its
   * personal fields replaced by their commitments (`hashRecord`).
   */
  readonly hash: string;
  /**
   * The salts (or, once pseudonymised, the commitments) that bind the personal fields into `hash`
   * (`personalFields.ts`); absent on records written before personal fields could be pseudonymised.
   */
  readonly people?: People;
}

/**
 * The audit trail seam. Contract (`test/skills/audit/AuditLog.contract.ts`, run against every backend): records
 * are numbered without gaps and hash-chained as `AuditRecord` says, also across log objects over the same data;
 * `append` is durable when it resolves; records are never changed or removed
 * by the application, except by the two operator actions the verifier accounts for: retention purges the oldest
 * records behind a signed checkpoint, and erasure pseudonymises a person's fields without changing any hash
 * (`personalFields.ts`); the chain lets a verifier detect any other edit, deletion, reordering or truncation.
 */
export interface AuditLog {
  append(entry: AuditEntry): Promise<AuditRecord>;
  /**
   * Readiness check (`GET /readyz`): resolves when the log's storage answers a read now, rejects otherwise.
   * Writes nothing. Optional: a backend without it is reported as unchecked.
   */
  ping?(): Promise<void>;
  close(): Promise<void>;
}
