/** Where a retention purge cut the chain (the signed checkpoint, its MAC verified). */
export interface CheckpointSummary {
  /** The newest purged record: the stored chain starts at `seq + 1`. */
  readonly seq: number;
  /** That record's time: records up to it were purged. */
  readonly time: string;
  readonly purgedAt: string;
}

/** The verdict of an audit chain verifier (`verifyAuditLog`, `verifyTableAuditLog`). */
export type AuditVerification =
  | {
      readonly ok: true;
      readonly records: number;
      readonly headHash: string;
      /** Present when records were purged (retention): the chain verified from this checkpoint on. */
      readonly checkpoint?: CheckpointSummary;
    }
  | {
      readonly ok: false;
      readonly records: number;
      readonly firstBadSeq: number | null;
      readonly problem: string;
    };
