import type { Activity } from 'botbuilder';
import { AppError } from '../../skills/errors/AppError';
import { reasonCode } from '../../skills/security/SecurityEvents';
import { withSpan } from '../../skills/telemetry/withSpan';
import type { Services } from '../../host/compose';
import type { BotEndpoint } from '../../host/http/createServer';
import { screenBearerToken } from '../../host/http/screenBearerToken';
import { REQUEST_TIMEOUT_MS, withTimeout } from '../../host/http/withTimeout';
import { annotateRequestContext } from '../../host/log/requestContext';
import { assertHomeTenant } from '../../host/tenancy/assertHomeTenant';
import { activityTenant, senderTenants } from '../teams/activityTenant';
import type { TeamsApp } from '../teams/createTeamsApp';
import { parseActivity } from './parseActivity';

/** Clock difference accepted on Bot Framework token times (botbuilder allows 5 minutes). */
const TOKEN_CLOCK_TOLERANCE_SECONDS = 300;

/**
 * The host's `POST /api/messages` handler over the teams-ai app: parses the activity (`parseActivity`), checks its
 * tenant (`assertHomeTenant`), authenticates the request (`authenticateActivity`), then runs the turn on the
 * adapter within `REQUEST_TIMEOUT_MS`; the invoke or expectReplies response is the reply (200 with no body
 * otherwise). An invoke no handler answers becomes `invoke_not_supported`.
 */
export function createBotEndpoint(services: Services, teams: TeamsApp): BotEndpoint {
  return async (body, authorization) => {
    const activity = parseActivity(body);
    annotateRequestContext({ activityId: activity.id, conversationId: activity.conversation?.id });
    const invokeResponse = await withSpan(
      'bot.turn',
      {
        'bot.activity.type': activity.type ?? '',
        'bot.activity.id': activity.id?.slice(0, 128) ?? '',
        'bot.conversation.id': activity.conversation?.id?.slice(0, 128) ?? '',
        'bot.channel': activity.channelId?.slice(0, 32) ?? '',
      },
      async () => {
        assertHomeTenant(services, {
          correlationId: activity.id ?? 'none',
          tenant: activityTenant(activity),
          senderTenants: senderTenants(activity),
        });
        const authenticated = await authenticateActivity(services, teams, activity, authorization);
        return withTimeout(
          teams.adapter.run(authenticated, activity, (context) =>
            teams.app.run(context).then(() => undefined),
          ),
          REQUEST_TIMEOUT_MS,
        );
      },
      { kind: 'server' },
    );
    if (invokeResponse?.status === 501 && invokeResponse.body === undefined)
      throw new AppError('invoke_not_supported');
    return { status: invokeResponse?.status ?? 200, body: invokeResponse?.body };
  };
}

/**
 * Authenticates a Bot Framework request before any bot logic runs. Authenticated mode: the bearer token must
 * pass `screenBearerToken` (size, shape, RS256 with a `kid`, no key-locating headers, an unexpired `exp`, no
 * future `nbf`/`iat`), then botbuilder's validation (`AuthenticatingAdapter.authenticate`: signature against the
 * channel's OpenID keys, issuer, audience = app id, `serviceurl` = the activity's, key endorsements). Any failure
 * is 401 `unauthorized` with the catalog message only, and one `auth_failed` security event with the reason's
 * code (botbuilder's own messages, which may echo token claims, become `channel_validation_failed`). Local mode: anonymous (the header is ignored; loopback only).
 */
async function authenticateActivity(
  services: Services,
  teams: TeamsApp,
  activity: Activity,
  authorization: string | undefined,
): Promise<Awaited<ReturnType<TeamsApp['adapter']['authenticate']>>> {
  const refuse = (reason: string): never => {
    services.securityEvents.record({
      type: 'auth_failed',
      correlationId: activity.id ?? 'none',
      surface: 'teams',
      reason,
    });
    throw new AppError('unauthorized');
  };
  if (!services.config.auth) return teams.adapter.authenticate(activity, '');
  const screened = screenBearerToken(authorization, Date.now() / 1000, TOKEN_CLOCK_TOLERANCE_SECONDS);
  if (!screened.ok) return refuse(reasonCode(screened.reason));
  try {
    return await teams.adapter.authenticate(activity, `Bearer ${screened.token}`);
  } catch (error) {
    services.log.debug('Bot Framework token validation failed', {
      error: (error instanceof Error ? error.message : 'unknown').slice(0, 200),
    });
    return refuse('channel_validation_failed');
  }
}
