import { canRead } from '../../../knowledge/access/AccessList';
import type { IngestRun } from '../../../knowledge/ingest/IngestRunLog';
import { citationCounts } from '../../../skills/admin/citationCounts';
import { knowledgeGaps, type GapTopic } from '../../../skills/admin/knowledgeGaps';
import { pseudonym } from '../../../skills/admin/pseudonym';
import { usageSummary, type UsageSummary } from '../../../skills/admin/usageSummary';
import type { AuditRecord } from '../../../skills/audit/AuditLog';
import type { AuditVerification } from '../../../skills/audit/verifyAuditLog';
import type { AnswerEvent } from '../../../skills/usage/AnswerLog';
import type { Services } from '../../compose';
import type { AdminViewer } from './AdminViewer';
import { latestAuditRecords } from './latestAuditRecords';

/** Documents read, at most, for the sources panel (each costs a lookup; the panel says when it stopped). */
export const MAX_DOCUMENTS_SCANNED = 5000;
/** Days of questions the usage, gaps and citation panels cover. */
export const ADMIN_WINDOW_DAYS = 30;

/** A document as the console names it: its id, and its title only when the viewer may read it. */
export interface DocLabel {
  readonly docId: string;
  readonly title?: string;
}

export interface AdminData {
  readonly generatedAt: string;
  readonly windowDays: number;
  readonly viewer: { readonly label: string; readonly namesAllowed: boolean };
  readonly sources: {
    readonly documents: number;
    readonly chunks: number;
    readonly scanned: number;
    readonly readableByNobody: readonly string[];
    readonly runs: readonly IngestRun[];
  };
  readonly usage: UsageSummary;
  readonly feedback: {
    readonly likes: number;
    readonly dislikes: number;
    readonly rows: readonly {
      readonly at: string;
      readonly reaction: 'like' | 'dislike';
      readonly comment: string;
      readonly person: string;
      readonly question: string;
      /** The answer's text; null when it cites a document the viewer may not read (or is not in the log). */
      readonly answer: string | null;
      readonly sources: readonly DocLabel[];
    }[];
  };
  readonly gaps: readonly (Omit<GapTopic, 'closest'> & {
    readonly closest: readonly (DocLabel & { readonly items: number })[];
  })[];
  readonly citations: {
    readonly mostCited: readonly (DocLabel & { readonly answers: number })[];
    readonly neverCited: readonly DocLabel[];
    readonly neverCitedCount: number;
  };
  readonly audit: {
    readonly ok: boolean;
    readonly records: number;
    readonly problem?: string;
    readonly firstBadSeq?: number | null;
    /** The newest record a retention purge removed: the chain was verified from its signed checkpoint on. */
    readonly checkpointSeq?: number;
    readonly latest: readonly {
      readonly seq: number;
      readonly time: string;
      readonly person: string;
      readonly surface: string;
      readonly skill: string;
      readonly action: string;
      readonly outcome: string;
    }[];
  };
}

/**
 * Everything the console shows, for `viewer`, computed from the stores: the index (documents, chunks, documents
 * readable by nobody), the ingest runs, the answer log of the last 30 days (usage, gaps with the documents that
 * came closest, citations), feedback with the answers it was about, and the audit trail (verified). Privacy:
 * people appear as `personLabel` gives them (pseudonyms unless the viewer may see names); a document's title and
 * an answer's text appear only when the viewer may read the documents concerned.
 */
export async function collectAdminData(
  services: Services,
  viewer: AdminViewer,
  now: Date = new Date(),
): Promise<AdminData> {
  const since = new Date(now.getTime() - ADMIN_WINDOW_DAYS * 86_400_000).toISOString();
  const [events, feedback, runs, hashes] = await Promise.all([
    services.answers.list({ since }),
    services.feedback.list({ limit: 200 }),
    services.ingestRuns.latest(5),
    services.index.listHashes(),
  ]);
  const auditRecords = services.auditFile ? latestAuditRecords(services.auditFile, 50) : [];
  const verification = await services.verifyAudit();
  const person = await personLabels(services, viewer, [
    viewer.userId,
    ...feedback.map((row) => row.userId),
    ...auditRecords.map((record) => record.actor.userId),
  ]);
  const docIds = [...hashes.keys()].sort();
  const readable = new Map<string, string | undefined>();
  let chunks = 0;
  const nobody: string[] = [];
  for (const docId of docIds.slice(0, MAX_DOCUMENTS_SCANNED)) {
    const doc = await services.index.getDocument(docId);
    if (!doc) continue;
    chunks += (await services.index.getChunks(docId)).length;
    if (doc.access.length === 0) nobody.push(docId);
    readable.set(docId, canRead(doc.access, viewer.principals) ? doc.title : undefined);
  }
  const label = (docId: string): DocLabel => {
    const title = readable.get(docId);
    return title === undefined ? { docId } : { docId, title };
  };
  const mayRead = (ids: readonly string[]) => ids.every((id) => readable.get(id) !== undefined);
  const citations = citationCounts(events, docIds);
  const disliked = feedback.filter((row) => row.reaction === 'dislike');
  return {
    generatedAt: now.toISOString(),
    windowDays: ADMIN_WINDOW_DAYS,
    viewer: { label: person(viewer.userId), namesAllowed: viewer.namesAllowed },
    sources: { documents: docIds.length, chunks, scanned: readable.size, readableByNobody: nobody, runs },
    usage: usageSummary(events),
    feedback: {
      likes: feedback.length - disliked.length,
      dislikes: disliked.length,
      rows: feedback.map((row) => {
        const event = answerFor(events, row);
        return {
          at: row.at,
          reaction: row.reaction,
          comment: row.comment,
          person: person(row.userId),
          question: row.question,
          answer: event && mayRead(row.sourceIds) ? event.answerText : null,
          sources: row.sourceIds.map(label),
        };
      }),
    },
    gaps: knowledgeGaps([
      ...events
        .filter((e) => e.outcome === 'declined')
        .map((e) => ({
          kind: 'declined' as const,
          question: e.question,
          closestSourceIds: e.closestSourceIds,
        })),
      ...disliked.map((row) => ({
        kind: 'disliked' as const,
        question: row.question,
        comment: row.comment,
        closestSourceIds: answerFor(events, row)?.closestSourceIds ?? row.sourceIds,
      })),
    ]).map((topic) => ({
      ...topic,
      closest: topic.closest.map((c) => ({ ...label(c.docId), items: c.items })),
    })),
    citations: {
      mostCited: citations.mostCited.map((c) => ({ ...label(c.docId), answers: c.answers })),
      neverCited: citations.neverCited.map(label),
      neverCitedCount: citations.neverCitedCount,
    },
    audit: auditPanel(verification, auditRecords, person),
  };
}

/**
 * How the viewer sees each of `userIds`: `Name (id)` (or the id, when the directory knows no name) when names
 * are allowed, else the keyed pseudonym (`pseudonym`, keyed with the app's link secret: stable across restarts).
 */
export async function personLabels(
  services: Services,
  viewer: AdminViewer,
  userIds: readonly string[],
): Promise<(userId: string) => string> {
  if (!viewer.namesAllowed) return (userId) => pseudonym(services.linkSecret, userId);
  const names = new Map<string, string | undefined>();
  for (const id of new Set(userIds))
    names.set(id, await services.directory.displayName(id).catch(() => undefined));
  return (userId) => {
    const name = names.get(userId);
    return name ? `${name} (${userId})` : userId;
  };
}

/** The logged answer a feedback row was about: same conversation, user and question, the newest before it. */
function answerFor(
  events: readonly AnswerEvent[],
  row: { conversationId: string; userId: string; question: string; at: string },
): AnswerEvent | undefined {
  return events.find(
    (e) =>
      e.conversationId === row.conversationId &&
      e.userId === row.userId &&
      e.question === row.question &&
      e.at <= row.at,
  );
}

function auditPanel(
  verification: AuditVerification,
  records: readonly AuditRecord[],
  person: (userId: string) => string,
): AdminData['audit'] {
  const latest = records.map((r) => ({
    seq: r.seq,
    time: r.time,
    person: person(r.actor.userId),
    surface: r.actor.surface,
    skill: r.skill,
    action: r.action,
    outcome: r.outcome,
  }));
  return verification.ok
    ? {
        ok: true,
        records: verification.records,
        ...(verification.checkpoint ? { checkpointSeq: verification.checkpoint.seq } : {}),
        latest,
      }
    : {
        ok: false,
        records: verification.records,
        problem: verification.problem,
        firstBadSeq: verification.firstBadSeq,
        latest,
      };
}
