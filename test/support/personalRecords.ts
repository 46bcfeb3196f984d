import assert from 'node:assert/strict';
import type { Services } from '../../host/compose';
import type { AuditEntry } from '../../skills/audit/AuditLog';
import { RECORD_KINDS } from '../../skills/privacy/PersonalData';
import { personalDataOf } from '../../skills/privacy/personalDataOf';
import type { Report } from '../../skills/reports/Report';
import { newReportId } from '../../skills/reports/reportId';

/** An audit entry of a knowledge question by `userId` in `conversationId` (default `conv-<userId>`). */
export function auditEntry(
  userId: string,
  extra: Partial<AuditEntry> = {},
  conversationId = `conv-${userId}`,
): AuditEntry {
  return {
    actor: { userId, surface: 'test', conversationId },
    skill: 'ask_knowledge',
    action: 'question_answered',
    parameters: { question: `question of ${userId}` },
    sourceIds: ['doc.md'],
    planner: 'rules',
    outcome: 'ok',
    ...extra,
  };
}

/** What `writePersonalRecords` writes: whose, under which tag (in every id and text), when, and where. */
export interface PersonalRecordsSpec {
  readonly userId: string;
  /** The approver of the user's report. */
  readonly approverId: string;
  /** Marks every id and text written (`question <tag>`, `Ticket <tag>`, `m-<tag>` ...); unique per call. */
  readonly tag: string;
  readonly conversationId: string;
  /** The answer log's and the approval request's time (default now). */
  readonly at?: string;
}

/**
 * Writes one record of every personal-data kind but audit for `spec.userId` through the composed stores:
 * conversation state, an answer and its feedback, an answer-log entry, a ticket, a report draft and its approval
 * request. Returns the report's id.
 */
export async function writePersonalRecords(services: Services, spec: PersonalRecordsSpec): Promise<string> {
  const { userId, tag, conversationId } = spec;
  const at = spec.at ?? new Date().toISOString();
  await services.conversationState.write(`msteams/bot/conversations/${tag}/users/${userId}`, { n: 1 });
  await services.feedback.recordAnswer({
    messageId: `m-${tag}`,
    conversationId,
    userId,
    skill: 'ask_knowledge',
    question: `question ${tag}`,
    sourceIds: ['doc.md'],
  });
  await services.feedback.recordFeedback({
    conversationId,
    messageId: `m-${tag}`,
    userId,
    reaction: 'like',
    comment: '',
  });
  await services.answers.record({
    id: `a-${tag}`,
    at,
    surface: 'teams',
    skill: 'ask_knowledge',
    userId,
    question: `question ${tag}`,
    outcome: 'answered',
    citedSourceIds: [],
    closestSourceIds: [],
    answerText: 'answer',
  });
  await services.tickets.create(
    { title: `Ticket ${tag}`, description: 'broken', category: 'it', priority: 'normal' },
    { id: userId },
    `key-${tag}`,
  );
  const report: Report = {
    id: newReportId(),
    title: `Report ${tag}`,
    topic: 'brakes',
    audience: 'internal',
    summary: [],
    sections: [],
    openQuestions: [],
    sources: [],
    createdAt: new Date().toISOString(),
    authorId: userId,
  };
  await services.reports.saveDraft(report);
  await services.approvals.request({
    reportId: report.id,
    authorId: userId,
    approverId: spec.approverId,
    requestedAt: at,
  });
  return report.id;
}

/**
 * Asserts that `userId`'s export covers every store, holds records of every kind, and that every record names
 * the user; returns the export for further checks.
 */
export async function assertExportCoversEveryKind(
  services: Services,
  userId: string,
): Promise<Awaited<ReturnType<typeof personalDataOf>>> {
  const exported = await personalDataOf(services.holders.personalData, userId);
  assert.deepEqual(exported.notCovered, []);
  for (const kind of RECORD_KINDS) {
    const records = exported.records[kind] ?? [];
    assert.ok(records.length > 0, `no ${kind} records exported`);
    for (const record of records) assert.match(JSON.stringify(record), new RegExp(userId), kind);
  }
  return exported;
}
