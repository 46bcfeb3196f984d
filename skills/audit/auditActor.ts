import type { SkillContext } from '../SkillDescriptor';
import type { AuditEntry } from './AuditLog';

/**
 * The one audit-actor builder: whom an action was for, from the skill context: the user's id and tenant, the
 * conversation and the surface. Every audit record of a skill call, a search, a discarded proposal, feedback or
 * an undelivered approval names its actor this way, so no record drops a field another keeps.
 */
export function auditActor(
  context: Pick<SkillContext, 'surface' | 'conversationId'> & {
    readonly user: Pick<SkillContext['user'], 'id' | 'tenantId'>;
  },
): AuditEntry['actor'] {
  return {
    userId: context.user.id,
    surface: context.surface,
    ...(context.user.tenantId ? { tenantId: context.user.tenantId } : {}),
    ...(context.conversationId ? { conversationId: context.conversationId } : {}),
  };
}
