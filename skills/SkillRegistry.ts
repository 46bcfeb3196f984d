import { messagesFor } from '../adaptive-cards/messages/messagesFor';
import { z } from 'zod/v4';
import type { AuditLog } from './audit/AuditLog';
import type { AnswerLog } from './usage/AnswerLog';
import { hashToken, type ConfirmationStore, type ConsumeResult } from './confirm/ConfirmationStore';
import type { IdempotencyStore } from './confirm/IdempotencyStore';
import { AppError } from './errors/AppError';
import type { SecurityEvents } from './security/SecurityEvents';
import type { SkillContext, SkillDescriptor, SkillResult } from './SkillDescriptor';
import type { SkillRoute } from './router/SkillRoute';
import { skillOffered } from './offeredSkills';
import { strictParser } from './strictParser';
import { withSpan } from './telemetry/withSpan';
import { auditActor } from './audit/auditActor';
import { auditRecorder } from './auditRecorder';
import { logAnswer } from './usage/logAnswer';

/** A registered skill with its parameters erased to `unknown`: callers go through `invoke`, which parses. */
export interface RegisteredSkill {
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly consequential: boolean;
  readonly examples: readonly string[];
  /** As the descriptor's: false when an example may fail for a new user or another corpus (default true). */
  readonly examplesWorkForAnyone: boolean;
  /** JSON Schema (draft 2020-12) of the parameters, derived from the descriptor's schema. */
  readonly parametersJsonSchema: Record<string, unknown>;
  /** JSON Schema of the confirmation edits (consequential skills only). */
  readonly editsJsonSchema?: Record<string, unknown>;
  /** As the descriptor's: how the no-model router recognises a request for it. */
  readonly route?: SkillRoute;
  /**
   * Refuses a skill the context's brand place does not offer (AppError `skill_not_offered`), parses
   * `rawParams` strictly (`strictParser`: unknown fields, deep nesting and invalid values are AppError
   * `invalid_parameters` / `too_deeply_nested`), then runs the handler and records the parsed parameters. For
   * a consequential skill the handler only proposes; nothing is executed here.
   */
  invoke(rawParams: unknown, context: SkillContext): Promise<SkillResult>;
}

export interface SkillRegistryOptions {
  /** Every invoke and confirm is recorded here when set. */
  readonly audit?: AuditLog;
  /** Needed to confirm consequential skills. */
  readonly confirmations?: ConfirmationStore;
  readonly idempotency?: IdempotencyStore;
  /**
   * Told about every audit record that could not be written (the log decides how loud). Only the write-ahead
   * record of a confirmed action stops the call (`audit_unavailable`); the others can no longer undo anything.
   */
  readonly onAuditError?: (error: unknown, record: { skill: string; action: string }) => void;
  /**
   * Told once per refused confirmation token (used, cancelled, expired, unknown, another user's or another
   * skill's) and per refused cancel, as a `token_replayed` event correlated by `context.correlationId`.
   */
  readonly securityEvents?: SecurityEvents;
  /**
   * Every result that answers a question (`SkillResult.answer`) is recorded here, whatever the surface: the
   * registry is the one place all skill calls pass. A failed write is told to `onAnswerLogError` and never
   * fails the call.
   */
  readonly answers?: AnswerLog;
  readonly onAnswerLogError?: (error: unknown) => void;
  /** Clock of the answer log's times (tests); default the current time. */
  readonly now?: () => Date;
}

/** A consequential skill's second half, with its edits parser. */
interface Confirmer {
  parseEdits(raw: unknown): unknown;
  execute(input: { draft: unknown; edits: unknown }, context: SkillContext): Promise<SkillResult>;
}

const NAME_PATTERN = /^[a-z][a-z0-9_]{1,63}$/;

/**
 * The set of skills. Names are unique and snake_case; registration order is the order surfaces list them in.
 * The registry is the one gate to skills: it parses arguments, audits every call, and runs consequential
 * actions only through `confirm`, with a single-use token, at most once per token.
 */
export class SkillRegistry {
  private readonly skills = new Map<string, RegisteredSkill>();
  private readonly confirmers = new Map<string, Confirmer>();

  constructor(private readonly options: SkillRegistryOptions = {}) {}

  register<P, E>(descriptor: SkillDescriptor<P, E>): this {
    if (!NAME_PATTERN.test(descriptor.name))
      throw new Error(`skill name must be snake_case: ${descriptor.name}`);
    if (this.skills.has(descriptor.name)) throw new Error(`skill registered twice: ${descriptor.name}`);
    if (descriptor.consequential !== (descriptor.confirm !== undefined)) {
      throw new Error(
        `skill ${descriptor.name}: a consequential skill needs confirm, and only it may have one`,
      );
    }
    const parametersJsonSchema = z.toJSONSchema(descriptor.parameters) as Record<string, unknown>;
    const parseParameters = strictParser(descriptor.parameters, parametersJsonSchema);
    const confirm = descriptor.confirm;
    const editsJsonSchema = confirm ? (z.toJSONSchema(confirm.edits) as Record<string, unknown>) : undefined;
    this.skills.set(descriptor.name, {
      name: descriptor.name,
      title: descriptor.title,
      description: descriptor.description,
      consequential: descriptor.consequential,
      examples: descriptor.examples,
      examplesWorkForAnyone: descriptor.examplesWorkForAnyone ?? true,
      parametersJsonSchema,
      ...(editsJsonSchema ? { editsJsonSchema } : {}),
      route: descriptor.route,
      invoke: (rawParams, context) =>
        withSpan('skill.invoke', { 'skill.name': descriptor.name, 'skill.surface': context.surface }, () =>
          this.invokeOnce(descriptor, parseParameters, rawParams, context),
        ),
    });
    if (confirm && editsJsonSchema) {
      this.confirmers.set(descriptor.name, {
        parseEdits: strictParser(confirm.edits, editsJsonSchema),
        execute: (input, context) => confirm.execute(input as { draft: unknown; edits: E }, context),
      });
    }
    return this;
  }

  /** One `invoke`: parse strictly, run the handler, audit either outcome, log an answer. */
  private async invokeOnce<P, E>(
    descriptor: SkillDescriptor<P, E>,
    parseParameters: (raw: unknown) => P,
    rawParams: unknown,
    context: SkillContext,
  ): Promise<SkillResult> {
    const audit = auditRecorder(this.options, descriptor.name, context, undefined);
    let params: P;
    try {
      refuseUnlessOffered(descriptor.name, context);
      params = parseParameters(rawParams);
    } catch (error) {
      return audit.refusedAndThrow(error, rawParams);
    }
    let result: SkillResult;
    try {
      result = await descriptor.handler(params, context);
    } catch (error) {
      return audit.refusedAndThrow(error, params);
    }
    await audit.completed(result, params);
    await logAnswer(this.options, descriptor.name, context, result);
    return result;
  }

  get(name: string): RegisteredSkill | undefined {
    return this.skills.get(name);
  }

  list(): RegisteredSkill[] {
    return [...this.skills.values()];
  }

  /**
   * Runs the confirmed action of consequential skill `name` for the user who holds `token`. A repeat with the
   * same token (redelivery, double click, concurrent calls) returns the first result and acts once.
   * Order, so that no action ever runs without its audit record: edits parsed strictly and the token checked
   * (refusals are recorded), then the `action_confirmed` record is written (write-ahead: if the audit log
   * fails, AppError `audit_unavailable` is thrown and nothing happened, the token stays valid, a retry works),
   * then the token is consumed and the action runs, then its outcome (`ticket_filed`, ...) is recorded. A
   * failure of that last record can no longer undo the action: it goes to `onAuditError` and the result is
   * returned, the action being on record already.
   */
  async confirm(
    name: string,
    input: { token: string; edits: unknown },
    context: SkillContext,
  ): Promise<SkillResult> {
    const confirmer = this.confirmers.get(name);
    if (!confirmer) throw new AppError(this.skills.has(name) ? 'not_consequential' : 'unknown_skill');
    // Audited inside the idempotent run, so a repeat neither acts nor records twice.
    // Keyed by user too: someone else presenting the token is refused by `consume`, never shown the stored result.
    return withSpan('skill.confirm', { 'skill.name': name, 'skill.surface': context.surface }, () =>
      this.stores().idempotency.run(`confirm:${name}:${context.user.id}:${hashToken(input.token)}`, () =>
        this.confirmOnce(name, confirmer, input, context),
      ),
    );
  }

  private async confirmOnce(
    name: string,
    confirmer: Confirmer,
    input: { token: string; edits: unknown },
    context: SkillContext,
  ): Promise<SkillResult> {
    const { confirmations } = this.stores();
    const audit = auditRecorder(this.options, name, context, context.user.id);
    const claim = { token: input.token, userId: context.user.id, skill: name };
    let edits: unknown;
    try {
      refuseUnlessOffered(name, context);
      edits = confirmer.parseEdits(input.edits);
      refuseUnless(this.replayed(await confirmations.check(claim), context), context.locale);
    } catch (error) {
      return audit.refusedAndThrow(error, input.edits);
    }
    await audit.ahead(edits);
    let result: SkillResult;
    try {
      const consumed = this.replayed(await confirmations.consume(claim), context);
      refuseUnless(consumed, context.locale);
      result = await confirmer.execute({ draft: consumed.draft, edits }, context);
    } catch (error) {
      return audit.refusedAndThrow(error, edits);
    }
    await audit
      .completed(result, edits)
      .catch((error: unknown) =>
        this.options.onAuditError?.(error, { skill: name, action: result.audit?.action ?? 'completed' }),
      );
    return result;
  }

  /** Discards a pending proposal: its token can no longer confirm anything. Audited as `proposal_discarded`. */
  async cancel(name: string, token: string, context: SkillContext): Promise<void> {
    if (!this.confirmers.has(name))
      throw new AppError(this.skills.has(name) ? 'not_consequential' : 'unknown_skill');
    const revoked = await this.stores().confirmations.revoke({ token, userId: context.user.id, skill: name });
    await this.options.audit?.append({
      actor: auditActor(context),
      skill: name,
      action: 'proposal_discarded',
      parameters: {},
      sourceIds: [],
      planner: context.planner ?? 'rules',
      outcome: revoked ? 'ok' : 'refused',
    });
    if (!revoked) {
      this.replayed({ ok: false, reason: 'not_revocable' }, context);
      throw new AppError('confirmation_invalid');
    }
  }

  /** Records a refused token as one `token_replayed` security event; returns `verdict` unchanged. */
  private replayed<V extends ConsumeResult | { ok: false; reason: string }>(
    verdict: V,
    context: SkillContext,
  ): V {
    if (!verdict.ok)
      this.options.securityEvents?.record({
        type: 'token_replayed',
        correlationId: context.correlationId ?? 'none',
        surface: context.surface === 'test' ? 'test' : context.surface,
        reason: verdict.reason,
      });
    return verdict;
  }

  private stores(): { confirmations: ConfirmationStore; idempotency: IdempotencyStore } {
    const { confirmations, idempotency } = this.options;
    if (!confirmations || !idempotency)
      throw new Error('SkillRegistry: confirmations and idempotency stores are required');
    return { confirmations, idempotency };
  }
}

/** In a brand's team or channel, a skill the brand does not allow is refused (`skill_not_offered`). */
function refuseUnlessOffered(skill: string, context: SkillContext): void {
  if (!skillOffered(skill, context.brand)) throw new AppError('skill_not_offered');
}

/** Throws the user-facing refusal for a token `check`/`consume` turned down, in `locale`'s language. */
function refuseUnless(
  verdict: ConsumeResult,
  locale: string | undefined,
): asserts verdict is Extract<ConsumeResult, { ok: true }> {
  if (!verdict.ok) {
    const refusals: Readonly<Record<string, string>> = messagesFor(locale).replies.confirm;
    throw new AppError('confirmation_invalid', { userMessage: refusals[verdict.reason] ?? refusals.unknown });
  }
}
