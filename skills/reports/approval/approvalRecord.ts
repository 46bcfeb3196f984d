import type { ApprovalRecord, ApprovalState, CardPlace } from './ApprovalStore';

/** One request as a store keeps it: unset fields null or absent, card places as JSON text. */
export interface StoredApproval {
  readonly reportId: string;
  readonly authorId: string;
  readonly approverId: string;
  readonly state: ApprovalState;
  readonly requestedAt: string;
  readonly decidedBy?: string | null;
  readonly decidedAt?: string | null;
  readonly comment?: string | null;
  readonly authorCard?: string | null;
  readonly approverCard?: string | null;
}

/** The `ApprovalRecord` of a stored request: unset fields and cards absent, card places parsed. */
export function approvalRecord(stored: StoredApproval): ApprovalRecord {
  const author = parsePlace(stored.authorCard);
  const approver = parsePlace(stored.approverCard);
  return {
    reportId: stored.reportId,
    authorId: stored.authorId,
    approverId: stored.approverId,
    state: stored.state,
    requestedAt: stored.requestedAt,
    ...(typeof stored.decidedBy === 'string' ? { decidedBy: stored.decidedBy } : {}),
    ...(typeof stored.decidedAt === 'string' ? { decidedAt: stored.decidedAt } : {}),
    ...(typeof stored.comment === 'string' ? { comment: stored.comment } : {}),
    cards: { ...(author ? { author } : {}), ...(approver ? { approver } : {}) },
  };
}

function parsePlace(json: string | null | undefined): CardPlace | undefined {
  return typeof json === 'string' ? (JSON.parse(json) as CardPlace) : undefined;
}
