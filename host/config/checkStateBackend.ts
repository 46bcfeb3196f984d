import type { z } from 'zod/v4';
import type { OptionalSettings } from './settingChecks';

/** The settings `checkStateBackend` reads. */
type StateSettings = OptionalSettings<
  | 'AZURE_STORAGE_CONNECTION_STRING'
  | 'AZURE_STORAGE_ACCOUNT_NAME'
  | 'AUDIT_HEAD_KEY'
  | 'AUDIT_HEAD_KEY_FILE'
  | 'LINK_SIGNING_SECRET'
> & {
  readonly STATE_BACKEND: 'embedded' | 'azure';
};

/**
 * Shared state on Azure Storage: a connection string (Azurite, or an account key) or an account name with the
 * app's Entra credential, not both; one audit head key and one link-signing secret for every instance (the
 * ones generated under each instance's DATA_DIR would make it reject the others' heads and links).
 */
export function checkStateBackend(env: StateSettings, entra: boolean, ctx: z.RefinementCtx): void {
  const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
  if (env.AUDIT_HEAD_KEY && env.AUDIT_HEAD_KEY_FILE)
    issue('AUDIT_HEAD_KEY', 'and AUDIT_HEAD_KEY_FILE are alternatives: set one');
  if (env.STATE_BACKEND !== 'azure') return;
  const connection = Boolean(env.AZURE_STORAGE_CONNECTION_STRING);
  const account = Boolean(env.AZURE_STORAGE_ACCOUNT_NAME);
  if (connection && account)
    issue('AZURE_STORAGE_CONNECTION_STRING', 'and AZURE_STORAGE_ACCOUNT_NAME are alternatives: set one');
  if (!connection && !account)
    issue(
      'AZURE_STORAGE_ACCOUNT_NAME',
      'or AZURE_STORAGE_CONNECTION_STRING is required when STATE_BACKEND=azure',
    );
  if (account && !entra)
    issue(
      'AZURE_STORAGE_ACCOUNT_NAME',
      'needs an Entra credential (AZURE_USE_MANAGED_IDENTITY=true, AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH) with the roles Storage Table Data Contributor and Storage Blob Data Contributor',
    );
  if (!env.AUDIT_HEAD_KEY && !env.AUDIT_HEAD_KEY_FILE)
    issue(
      'AUDIT_HEAD_KEY',
      'or AUDIT_HEAD_KEY_FILE is required when STATE_BACKEND=azure (every instance signs the one audit chain with the same key)',
    );
  if (!env.LINK_SIGNING_SECRET)
    issue(
      'LINK_SIGNING_SECRET',
      'is required when STATE_BACKEND=azure (a link one instance signs must open on every other)',
    );
}
