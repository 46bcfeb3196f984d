import type { AuditVerification } from './AuditVerification';
import { checkpointSigned, type AuditCheckpoint } from './auditCheckpoint';
import { GENESIS_HASH } from './hashRecord';
import { checkAnchor, type HeadAnchor } from './HeadAnchor';
import { PseudonymLedger } from './personalFields';
import { recordProblem } from './recordProblem';
import { checkHead, headSigned, type SignedHead } from './signedHead';

/** The newest record checked so far: its position and hash. */
interface Link {
  readonly seq: number;
  readonly hash: string;
}

/**
 * The verification core every audit storage's verifier drives (`verifyAuditLog`, `verifyTableAuditLog`): the
 * storage reads, this checks. The chain starts at the signed retention checkpoint (`checkpointFailure` checks
 * its MAC) or at record 1; `add` checks each stored record in chain order (`recordProblem`: own seq without
 * gaps, canonical, hashing to its `hash`, chained by `prevHash`) and notes its personal fields
 * (`PseudonymLedger`); `headFailure` then checks the pseudonym ledger and the signed head, `anchorFailure` the
 * external anchor (`checkAnchor`), and `passed` gives the success verdict. Every `…Failure` method returns the
 * `ok: false` verdict, or undefined when its check passes.
 */
export class ChainVerifier {
  private last: Link | undefined;
  private counted = 0;
  private readonly ledger = new PseudonymLedger();

  /**
   * @param key The audit head key (signs head, checkpoint and anchor).
   * @param checkpoint The stored retention checkpoint, undefined when nothing was purged.
   * @param records The record count to report; default: the records passed to `add`.
   */
  constructor(
    private readonly key: string,
    private readonly checkpoint: AuditCheckpoint | undefined,
    private readonly records?: number,
  ) {
    this.last = checkpoint ? { seq: checkpoint.seq, hash: checkpoint.hash } : undefined;
  }

  /** An `ok: false` verdict naming `firstBadSeq` (null: no record can be named). */
  static failure(records: number, firstBadSeq: number | null, problem: string): AuditVerification {
    return { ok: false, records, firstBadSeq, problem };
  }

  /** The newest record checked (the checkpoint before any), undefined when there is none. */
  get newest(): Link | undefined {
    return this.last;
  }

  /** `ChainVerifier.failure` with this chain's record count. */
  fail(firstBadSeq: number | null, problem: string): AuditVerification {
    return ChainVerifier.failure(this.records ?? this.counted, firstBadSeq, problem);
  }

  /** Fails when the checkpoint's MAC does not verify under the key. */
  checkpointFailure(): AuditVerification | undefined {
    if (!this.checkpoint || checkpointSigned(this.checkpoint, this.key)) return undefined;
    return this.fail(
      null,
      'the retention checkpoint does not verify (forged, moved, or signed with another key)',
    );
  }

  /**
   * Checks the record stored at `seq`, the next one in chain order; `stored()` gives its stored text and may
   * throw when the storage's form of it cannot be read (reported as JSON that does not parse).
   */
  add(seq: number, stored: () => unknown): AuditVerification | undefined {
    this.counted += 1;
    const expectedSeq = (this.last?.seq ?? 0) + 1;
    if (seq !== expectedSeq) {
      return seq > expectedSeq
        ? this.fail(expectedSeq, `record ${expectedSeq} is missing (the next stored record is ${seq})`)
        : this.fail(seq, `seq ${seq} is not a valid position`);
    }
    let text: unknown;
    try {
      text = stored();
    } catch {
      return this.fail(seq, 'the stored JSON does not parse (edited)');
    }
    const problem = recordProblem(seq, text, this.last?.hash ?? GENESIS_HASH);
    if (typeof problem === 'string') return this.fail(seq, problem);
    this.last = { seq, hash: problem.hash };
    this.ledger.note(seq, JSON.parse(text as string) as Record<string, unknown>);
    return undefined;
  }

  /** After the last `add`: fails for a pseudonymised record no erasure record names, or a bad signed head. */
  headFailure(head: SignedHead | undefined): AuditVerification | undefined {
    const unaccounted = this.ledger.problem();
    if (unaccounted) return this.fail(unaccounted.seq, unaccounted.problem);
    const headProblem = checkHead(this.last, head, this.key);
    return headProblem ? this.fail(headProblem.firstBadSeq, headProblem.problem) : undefined;
  }

  /**
   * Fails when the anchored head is not signed with the key, is ahead of the chain, or disagrees with the
   * stored hash at its seq (`hashAt`: GENESIS for 0, undefined when there is no such record).
   */
  anchorFailure(
    anchored: SignedHead | undefined,
    location: string,
    hashAt: (seq: number) => string | undefined,
  ): AuditVerification | undefined {
    if (anchored && !headSigned(anchored, this.key)) {
      return this.fail(null, `the head anchor (${location}) is not signed with the log's key`);
    }
    const lastSeq = this.last?.seq ?? 0;
    const anchorProblem = checkAnchor(anchored, lastSeq, hashAt, location);
    return anchorProblem
      ? this.fail(Math.min(lastSeq + 1, anchored?.seq ?? lastSeq + 1), anchorProblem)
      : undefined;
  }

  /** The success verdict: the record count, the newest hash and, after a purge, the checkpoint. */
  passed(): AuditVerification {
    const checkpoint = this.checkpoint;
    return {
      ok: true,
      records: this.records ?? this.counted,
      headHash: this.last?.hash ?? GENESIS_HASH,
      ...(checkpoint
        ? { checkpoint: { seq: checkpoint.seq, time: checkpoint.time, purgedAt: checkpoint.purgedAt } }
        : {}),
    };
  }
}

/**
 * Reads the anchored head for a verifier: `{ anchored }` (undefined when nothing was ever anchored), or
 * `{ problem }` when the anchor cannot be read.
 */
export function readAnchored(
  anchor: HeadAnchor,
): { readonly anchored: SignedHead | undefined } | { readonly problem: string } {
  try {
    return { anchored: anchor.read() };
  } catch (error) {
    return { problem: `the head anchor cannot be read: ${(error as Error).message}` };
  }
}
