import type { AuditLog } from './audit/AuditLog';
import { auditActor } from './audit/auditActor';
import { boundedForAudit } from './audit/boundedForAudit';
import { AppError, toAppError } from './errors/AppError';
import type { SkillContext, SkillResult } from './SkillDescriptor';

/** What `auditRecorder` writes to and tells (as `SkillRegistryOptions`); read when each record is written. */
export interface AuditRecorderOptions {
  readonly audit?: AuditLog;
  readonly onAuditError?: (error: unknown, record: { skill: string; action: string }) => void;
}

/** The audit records of one skill call (see `auditRecorder`). */
export interface AuditRecorder {
  /** Records a refusal or failure, then throws `error` (the refusal's reason wins over an audit failure). */
  refusedAndThrow(error: unknown, parameters: unknown): Promise<never>;
  /** The write-ahead record of a confirmed action; AppError `audit_unavailable` when it can't be written. */
  ahead(parameters: unknown): Promise<void>;
  /** The outcome record (`result.audit.action`, else `<skill>_completed`); rejects when it can't be written. */
  completed(result: SkillResult, parameters: unknown): Promise<void>;
}

/**
 * The audit records of one call of `skill` in `context` (all no-ops without an audit log), with
 * `confirmedBy` on each when the call confirms an action. Parameters are bounded (`boundedForAudit`); a value
 * that is not a plain object is recorded as `{}`.
 */
export function auditRecorder(
  options: AuditRecorderOptions,
  skill: string,
  context: SkillContext,
  confirmedBy: string | undefined,
): AuditRecorder {
  const append = async (
    outcome: 'ok' | 'refused' | 'failed',
    action: string,
    parameters: unknown,
    extra: { sourceIds?: readonly string[]; detail?: string },
  ): Promise<void> => {
    await options.audit?.append({
      actor: auditActor(context),
      skill,
      action,
      // Bounded: even refused input (hostile card data, plugin edits) can't make the record unserialisable.
      parameters: isRecord(parameters) ? boundedForAudit(parameters) : {},
      sourceIds: extra.sourceIds ?? [],
      planner: context.planner ?? 'rules',
      outcome,
      ...(confirmedBy ? { confirmedBy } : {}),
      ...(extra.detail ? { detail: extra.detail } : {}),
    });
  };
  return {
    refusedAndThrow: async (error: unknown, parameters: unknown): Promise<never> => {
      const appError = toAppError(error);
      await append(appError.code === 'internal_error' ? 'failed' : 'refused', 'refused', parameters, {
        detail: appError.code,
      }).catch((auditError: unknown) => options.onAuditError?.(auditError, { skill, action: 'refused' }));
      throw error;
    },
    ahead: (parameters: unknown): Promise<void> =>
      append('ok', 'action_confirmed', parameters, {}).catch((error: unknown) => {
        options.onAuditError?.(error, { skill, action: 'action_confirmed' });
        throw new AppError('audit_unavailable', { cause: error });
      }),
    completed: (result: SkillResult, parameters: unknown): Promise<void> =>
      append('ok', result.audit?.action ?? `${skill}_completed`, parameters, {
        sourceIds: result.audit?.sourceIds ?? [],
        ...(result.audit?.detail ? { detail: result.audit.detail } : {}),
      }),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
