import {
  ClientCertificateCredential,
  ClientSecretCredential,
  ManagedIdentityCredential,
  type TokenCredential,
} from '@azure/identity';
import type { AppConfig } from '../config/AppConfig';

/**
 * The app's own Entra credential (for Graph, Azure AI Search, Azure OpenAI and Azure DevOps) from config:
 * client secret, certificate, or managed identity. Undefined when none is configured.
 */
export function createCredential(entra: AppConfig['entra']): TokenCredential | undefined {
  if (!entra) return undefined;
  switch (entra.kind) {
    case 'secret':
      return new ClientSecretCredential(entra.tenantId, entra.clientId, entra.clientSecret);
    case 'certificate':
      return new ClientCertificateCredential(entra.tenantId, entra.clientId, {
        certificatePath: entra.certificatePath,
      });
    case 'managedIdentity':
      return entra.clientId
        ? new ManagedIdentityCredential({ clientId: entra.clientId })
        : new ManagedIdentityCredential();
  }
}
