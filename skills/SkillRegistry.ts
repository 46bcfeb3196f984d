import { boundedForAudit } from './audit/boundedForAudit';
import { z } from 'zod/v4';
import type { AuditLog } from './audit/AuditLog';
import { hashToken, type ConfirmationStore } from './confirm/ConfirmationStore';
import type { IdempotencyStore } from './confirm/IdempotencyStore';
import { AppError, toAppError } from './errors/AppError';
import type { SkillContext, SkillDescriptor, SkillResult } from './SkillDescriptor';

/** A registered skill with its parameters erased to `unknown`: callers go through `invoke`, which parses. */
export interface RegisteredSkill {
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly consequential: boolean;
  readonly examples: readonly string[];
  /** JSON Schema (draft 2020-12) of the parameters, derived from the descriptor's schema. */
  readonly parametersJsonSchema: Record<string, unknown>;
  /**
   * Parses `rawParams` with the skill's schema (AppError `invalid_parameters` on failure), then runs the
   * handler. For a consequential skill the handler only proposes; nothing is executed here.
   */
  invoke(rawParams: unknown, context: SkillContext): Promise<SkillResult>;
}

export interface SkillRegistryOptions {
  /** Every invoke and confirm is recorded here when set. */
  readonly audit?: AuditLog;
  /** Needed to confirm consequential skills. */
  readonly confirmations?: ConfirmationStore;
  readonly idempotency?: IdempotencyStore;
}

const NAME_PATTERN = /^[a-z][a-z0-9_]{1,63}$/;

const REFUSALS: Record<string, string> = {
  unknown: 'This confirmation is not valid.',
  expired: 'This confirmation has expired. Ask again to get a new card.',
  used: 'This was already confirmed.',
  cancelled: 'This was cancelled, so nothing was done. Ask again to get a new card.',
  wrong_user: 'Only the person who asked can confirm this.',
  wrong_skill: 'This confirmation belongs to another action.',
};

/**
 * The set of skills. Names are unique and snake_case; registration order is the order surfaces list them in.
 * The registry is the one gate to skills: it parses arguments, audits every call, and runs consequential
 * actions only through `confirm`, with a single-use token, at most once per token.
 */
export class SkillRegistry {
  private readonly skills = new Map<string, RegisteredSkill>();
  private readonly confirmers = new Map<
    string,
    (edits: unknown, token: string, context: SkillContext) => Promise<SkillResult>
  >();

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
    this.skills.set(descriptor.name, {
      name: descriptor.name,
      title: descriptor.title,
      description: descriptor.description,
      consequential: descriptor.consequential,
      examples: descriptor.examples,
      parametersJsonSchema: z.toJSONSchema(descriptor.parameters) as Record<string, unknown>,
      invoke: (rawParams, context) =>
        this.audited(descriptor.name, rawParams, context, undefined, async () => {
          const parsed = descriptor.parameters.safeParse(rawParams);
          if (!parsed.success) throw invalid(parsed.error);
          return descriptor.handler(parsed.data, context);
        }),
    });
    const confirm = descriptor.confirm;
    if (confirm) {
      this.confirmers.set(descriptor.name, async (rawEdits, token, context) => {
        const edits = confirm.edits.safeParse(rawEdits);
        if (!edits.success) throw invalid(edits.error);
        const consumed = await this.stores().confirmations.consume({
          token,
          userId: context.user.id,
          skill: descriptor.name,
        });
        if (!consumed.ok) {
          throw new AppError('confirmation_invalid', {
            userMessage: REFUSALS[consumed.reason] ?? REFUSALS.unknown,
          });
        }
        return confirm.execute({ draft: consumed.draft, edits: edits.data }, context);
      });
    }
    return this;
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
    return this.stores().idempotency.run(`confirm:${name}:${context.user.id}:${hashToken(input.token)}`, () =>
      this.audited(name, input.edits, context, context.user.id, () =>
        confirmer(input.edits, input.token, context),
      ),
    );
  }

  /** Discards a pending proposal: its token can no longer confirm anything. Audited as `proposal_discarded`. */
  async cancel(name: string, token: string, context: SkillContext): Promise<void> {
    if (!this.confirmers.has(name))
      throw new AppError(this.skills.has(name) ? 'not_consequential' : 'unknown_skill');
    const revoked = await this.stores().confirmations.revoke({ token, userId: context.user.id, skill: name });
    await this.options.audit?.append({
      actor: {
        userId: context.user.id,
        surface: context.surface,
        ...(context.conversationId ? { conversationId: context.conversationId } : {}),
      },
      skill: name,
      action: 'proposal_discarded',
      parameters: {},
      sourceIds: [],
      planner: context.planner ?? 'rules',
      outcome: revoked ? 'ok' : 'refused',
    });
    if (!revoked) throw new AppError('confirmation_invalid');
  }

  private stores(): { confirmations: ConfirmationStore; idempotency: IdempotencyStore } {
    const { confirmations, idempotency } = this.options;
    if (!confirmations || !idempotency)
      throw new Error('SkillRegistry: confirmations and idempotency stores are required');
    return { confirmations, idempotency };
  }

  private async audited(
    skill: string,
    parameters: unknown,
    context: SkillContext,
    confirmedBy: string | undefined,
    work: () => Promise<SkillResult>,
  ): Promise<SkillResult> {
    const record = (
      outcome: 'ok' | 'refused' | 'failed',
      action: string,
      extra: { sourceIds?: readonly string[]; detail?: string },
    ) =>
      this.options.audit?.append({
        actor: {
          userId: context.user.id,
          surface: context.surface,
          ...(context.user.tenantId ? { tenantId: context.user.tenantId } : {}),
          ...(context.conversationId ? { conversationId: context.conversationId } : {}),
        },
        skill,
        action,
        // Bounded: caller-supplied values (card data, plugin edits) can't make the record unserialisable.
        parameters: isRecord(parameters) ? boundedForAudit(parameters) : {},
        sourceIds: extra.sourceIds ?? [],
        planner: context.planner ?? 'rules',
        outcome,
        ...(confirmedBy ? { confirmedBy } : {}),
        ...(extra.detail ? { detail: extra.detail } : {}),
      });
    let result: SkillResult;
    try {
      result = await work();
    } catch (error) {
      const appError = toAppError(error);
      await record(appError.code === 'internal_error' ? 'failed' : 'refused', 'refused', {
        detail: appError.code,
      });
      throw error;
    }
    await record('ok', result.audit?.action ?? `${skill}_completed`, {
      sourceIds: result.audit?.sourceIds ?? [],
      ...(result.audit?.detail ? { detail: result.audit.detail } : {}),
    });
    return result;
  }
}

function invalid(error: z.ZodError): AppError {
  const fields = error.issues.map((issue) => issue.path.join('.') || '(root)').join(', ');
  return new AppError('invalid_parameters', { userMessage: `Some values are not valid: ${fields}.` });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
