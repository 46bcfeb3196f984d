import type { TurnContext } from 'botbuilder';
import type { SkillContext } from '../../skills/SkillDescriptor';
import type { Services } from '../../host/compose';
import { AppError } from '../../skills/errors/AppError';
import { audienceFor, ForeignAskerError } from './audienceFor';
import { brandPlaceOf } from './brandPlaceOf';
import { resolveUser } from './resolveUser';
import { rosterOfTurn } from './rosterOfTurn';

/**
 * The skill context for a Teams turn: the resolved user, the conversation, and who planned the call. In a
 * group chat, meeting or channel the user's principals are narrowed to what every current member may read
 * and `audience` is set (see `audienceFor`); in a brand's team or channel (organisation profile) `brand` and
 * `user.brands` are set (see `brandPlaceOf`); every surface built on this context inherits both rules.
 */
export async function skillContextFor(
  context: TurnContext,
  services: Services,
  planner = 'rules',
): Promise<SkillContext> {
  const asker = await resolveUser(context.activity, services.directory, services.securityEvents);
  const tenantId = services.config.auth?.tenantId;
  const { user, audience } = await audienceFor(context, asker, {
    directory: services.directory,
    roster: rosterOfTurn(context),
    homeTenantId: tenantId,
    allowedGuestTenants: services.profile.allowedGuestTenants ?? [],
  }).catch((error: unknown) => {
    if (error instanceof AppError && error.cause instanceof ForeignAskerError)
      services.securityEvents.record({
        type: 'auth_failed',
        correlationId: context.activity.id ?? 'none',
        surface: 'teams',
        reason: 'foreign_tenant',
        detail: { tenant: error.cause.tenantId.slice(0, 64), role: 'guest' },
      });
    throw error;
  });
  // In a brand's team or channel: only that brand's and group-wide documents, only the brand's skills.
  const brand = brandPlaceOf(context.activity, services.profile);
  const { conversation, id: correlationId, locale } = context.activity;
  return {
    user: brand ? { ...user, brands: brand.documentBrands } : user,
    brand: brand?.place,
    locale,
    surface: 'teams',
    planner,
    conversationId: conversation?.id,
    correlationId,
    audience,
  };
}
