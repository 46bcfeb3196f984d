import type { z } from 'zod/v4';
import type { OptionalSettings } from './settingChecks';

/** The settings `checkSignIn` reads. */
type SignInSettings = OptionalSettings<
  | 'MicrosoftAppPassword'
  | 'MicrosoftAppTenantId'
  | 'PLUGIN_API_TENANT_ID'
  | 'SIGN_IN_CLIENT_SECRET'
  | 'SIGN_IN_AUTHORITY'
>;

/**
 * Authenticated mode: readers of document and report links sign in with Entra ID at
 * `<PUBLIC_BASE_URL>/auth/callback`, so the origin, a client secret (SIGN_IN_CLIENT_SECRET, default
 * MicrosoftAppPassword) and a tenant (SIGN_IN_AUTHORITY, default from MicrosoftAppTenantId or
 * PLUGIN_API_TENANT_ID) are required.
 */
export function checkSignIn(
  env: SignInSettings,
  ctx: z.RefinementCtx,
  need: (name: 'PUBLIC_BASE_URL' | 'SIGN_IN_CLIENT_SECRET' | 'SIGN_IN_AUTHORITY', why: string) => void,
): void {
  const why = 'when MicrosoftAppId is set (readers of document and report links sign in with Entra ID)';
  need('PUBLIC_BASE_URL', why);
  if (!env.MicrosoftAppPassword) need('SIGN_IN_CLIENT_SECRET', `without MicrosoftAppPassword ${why}`);
  if (!env.MicrosoftAppTenantId && !env.PLUGIN_API_TENANT_ID)
    need('SIGN_IN_AUTHORITY', `without MicrosoftAppTenantId or PLUGIN_API_TENANT_ID ${why}`);
  if (env.SIGN_IN_AUTHORITY && !/^https:\/\/[^/]+\/[^/?#]+\/?$/.test(env.SIGN_IN_AUTHORITY)) {
    ctx.addIssue({
      code: 'custom',
      path: ['SIGN_IN_AUTHORITY'],
      message:
        'must be an authority with one tenant segment, such as https://login.microsoftonline.com/<tenant id>',
    });
  }
}
