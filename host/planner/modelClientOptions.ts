import type { TokenCredential } from '@azure/identity';
import { azureOpenAIAuth } from '../../knowledge/openai/createOpenAIClient';
import type { AppConfig } from '../config/AppConfig';

/**
 * The planner model's client settings from the validated config: OpenAI-compatible (API key, model, optional
 * base URL) or Azure OpenAI (endpoint, deployment, API version; an API key, else an Entra token from
 * `credential`). Each request times out after `model.timeoutMs` and is retried at most `maxRetries` times
 * (default 2). Throws when Azure OpenAI has neither an API key nor a credential.
 */
export function modelClientOptions(
  model: NonNullable<AppConfig['model']>,
  options: { readonly credential?: TokenCredential; readonly maxRetries?: number },
) {
  const clientOptions = { timeout: model.timeoutMs, maxRetries: options.maxRetries ?? 2 };
  if (model.provider === 'openai') {
    return {
      apiKey: model.apiKey ?? 'no-key',
      defaultModel: model.model,
      ...(model.baseUrl ? { endpoint: model.baseUrl } : {}),
      useSystemMessages: true,
      clientOptions,
    };
  }
  const auth = azureOpenAIAuth(model.apiKey, options.credential);
  return {
    ...('apiKey' in auth ? { azureApiKey: auth.apiKey } : auth),
    azureEndpoint: model.endpoint,
    azureDefaultDeployment: model.deployment,
    azureApiVersion: model.apiVersion,
    useSystemMessages: true,
    clientOptions,
  };
}
