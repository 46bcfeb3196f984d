/** Where an approval stands: waiting for the approver, or decided once and for all. */
export type ApprovalState = 'pending' | 'approved' | 'rejected';

/** Whose card a `CardPlace` points at: the author's (where the report was drafted) or the approver's 1:1 card. */
export type ApprovalRole = 'author' | 'approver';

/**
 * Where the bot posted a card, so a later turn can replace it (Bot Framework: the connector at `serviceUrl`,
 * `PUT /v3/conversations/{conversationId}/activities/{activityId}`). Plain data: no SDK type crosses into skills/.
 */
export interface CardPlace {
  readonly serviceUrl: string;
  readonly channelId: string;
  readonly conversationId: string;
  readonly activityId: string;
  readonly tenantId?: string;
}

/** One report's approval request. */
export interface ApprovalRecord {
  readonly reportId: string;
  /** User id of the report's author (who asked for approval). */
  readonly authorId: string;
  /** User id of the configured approver when the request was made. */
  readonly approverId: string;
  readonly state: ApprovalState;
  /** ISO 8601. */
  readonly requestedAt: string;
  /** Authenticated user id of the person who decided (set with `state` approved / rejected). */
  readonly decidedBy?: string;
  /** ISO 8601. */
  readonly decidedAt?: string;
  /** The approver's comment with the decision (at most 500 characters); absent when none was given. */
  readonly comment?: string;
  /** The cards to replace when the request is decided; each absent until the surface recorded it. */
  readonly cards: { readonly author?: CardPlace; readonly approver?: CardPlace };
}

/** What asking for an approval records. */
export interface ApprovalRequest {
  readonly reportId: string;
  /** User id of the report's author. */
  readonly authorId: string;
  /** User id of the configured approver. */
  readonly approverId: string;
  /** ISO 8601. */
  readonly requestedAt: string;
}

/** A decision on a pending request. */
export interface ApprovalDecision {
  readonly state: 'approved' | 'rejected';
  readonly by: string;
  /** ISO 8601. */
  readonly at: string;
  readonly comment?: string;
}

/**
 * Approval state of reports that need a second person. Implementations: `SqliteApprovalStore` (embedded default,
 * `DATA_DIR/state.sqlite`). Contract (`test/skills/reports/ApprovalStore.contract.ts`, run against every backend):
 * - `request` creates a pending record for a report id, or returns the existing record unchanged (a report is
 *   requested at most once: a redelivered draft does not reopen a decided request);
 * - `decide` moves a pending record to `approved` or `rejected` atomically: exactly one call wins (`decided:
 *   true`), even concurrently and across stores over the same data; every other call gets the winning record
 *   with `decided: false` and changes nothing; undefined when the report was never requested;
 * - `placeCard` records (or replaces) where one role's card is, whatever the state; false when never requested;
 * - records survive a new store over the same data (a restart).
 */
export interface ApprovalStore {
  request(input: ApprovalRequest): Promise<ApprovalRecord>;
  get(reportId: string): Promise<ApprovalRecord | undefined>;
  placeCard(reportId: string, role: ApprovalRole, place: CardPlace): Promise<boolean>;
  decide(
    reportId: string,
    decision: ApprovalDecision,
  ): Promise<{ record: ApprovalRecord; decided: boolean } | undefined>;
}
