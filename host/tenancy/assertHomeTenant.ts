import { AppError } from '../../skills/errors/AppError';
import type { Services } from '../compose';

/**
 * One deployment serves one tenant: with a single-tenant app (`MicrosoftAppTenantId`), an activity whose tenant
 * (`conversation.tenantId`, else `channelData.tenant.id`) is another one, or absent, is refused (403
 * `tenant_not_allowed`) and recorded as one `auth_failed` security event (reason `foreign_tenant`, detail
 * `role: conversation`); so is an activity in this tenant's conversation whose sender is named with another
 * tenant (`senderTenants`: a guest of a shared channel), unless the organisation profile lists that tenant in
 * `allowedGuestTenants` (detail `role: guest`). Local mode and multi-tenant apps are not checked.
 */
export function assertHomeTenant(
  services: Pick<Services, 'config' | 'profile' | 'securityEvents'>,
  request: {
    /** The activity id, for the security event. */
    readonly correlationId: string;
    /** The conversation's tenant (`conversation.tenantId`, else `channelData.tenant.id`). */
    readonly tenant: string | undefined;
    /** Other tenants the activity names for its sender. */
    readonly senderTenants: readonly string[];
  },
): void {
  const auth = services.config.auth;
  if (!auth?.tenantId || auth.appType === 'MultiTenant') return;
  const refuse = (tenant: string | undefined, role: 'conversation' | 'guest'): never => {
    services.securityEvents.record({
      type: 'auth_failed',
      correlationId: request.correlationId,
      surface: 'teams',
      reason: 'foreign_tenant',
      detail: { tenant: tenant?.slice(0, 64) ?? 'none', role },
    });
    throw new AppError('tenant_not_allowed');
  };
  const tenant = request.tenant;
  if (tenant !== auth.tenantId) refuse(tenant, 'conversation');
  // A sender of another tenant in this tenant's conversation (a guest in a shared channel): only when the
  // organisation profile allows that tenant's guests.
  const guests = new Set(services.profile.allowedGuestTenants ?? []);
  for (const sender of request.senderTenants)
    if (sender !== auth.tenantId && !guests.has(sender)) refuse(sender, 'guest');
}
