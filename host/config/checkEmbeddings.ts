import type { OptionalSettings, SettingChecks } from './settingChecks';

/** Vector lengths of embedding models known by name (OpenAI model names; Azure deployments named after them). */
export const KNOWN_EMBEDDING_DIMENSIONS: Readonly<Record<string, number>> = {
  'text-embedding-3-small': 1536,
  'text-embedding-3-large': 3072,
  'text-embedding-ada-002': 1536,
};

/** The settings `checkEmbeddings` reads. */
type EmbeddingSettings = OptionalSettings<
  | 'OPENAI_EMBEDDING_MODEL'
  | 'OPENAI_BASE_URL'
  | 'AZURE_OPENAI_ENDPOINT'
  | 'AZURE_OPENAI_EMBEDDING_DEPLOYMENT'
  | 'AZURE_OPENAI_API_KEY'
> & {
  readonly EMBEDDING_PROVIDER: 'none' | 'openai' | 'azure-openai';
  readonly SEARCH_BACKEND: string;
  readonly EMBEDDING_DIMENSIONS?: number | undefined;
};

/** The embedding model (OpenAI model or Azure deployment) the settings name; undefined for `none`. */
export function embeddingModelName(env: EmbeddingSettings): string | undefined {
  if (env.EMBEDDING_PROVIDER === 'openai') return env.OPENAI_EMBEDDING_MODEL;
  if (env.EMBEDDING_PROVIDER === 'azure-openai') return env.AZURE_OPENAI_EMBEDDING_DEPLOYMENT;
  return undefined;
}

/** Embeddings: only with the Azure index; the provider's endpoint, key (or Entra) and model; a known size. */
export function checkEmbeddings(
  env: EmbeddingSettings,
  checks: SettingChecks<
    | 'EMBEDDING_PROVIDER'
    | 'OPENAI_EMBEDDING_MODEL'
    | 'OPENAI_API_KEY'
    | 'AZURE_OPENAI_ENDPOINT'
    | 'AZURE_OPENAI_EMBEDDING_DEPLOYMENT'
    | 'AZURE_OPENAI_API_KEY'
    | 'EMBEDDING_DIMENSIONS'
  >,
): void {
  const provider = env.EMBEDDING_PROVIDER;
  if (provider === 'none') return;
  const when = `when EMBEDDING_PROVIDER=${provider}`;
  if (env.SEARCH_BACKEND !== 'azure')
    checks.issue(
      'EMBEDDING_PROVIDER',
      `${provider} needs SEARCH_BACKEND=azure: embeddings serve only Azure AI Search hybrid queries (the embedded index has no vectors)`,
    );
  if (provider === 'openai') {
    checks.need('OPENAI_EMBEDDING_MODEL', when);
    if (!env.OPENAI_BASE_URL) checks.need('OPENAI_API_KEY', `${when} without OPENAI_BASE_URL`);
  } else {
    checks.needWithKey(
      ['AZURE_OPENAI_ENDPOINT', 'AZURE_OPENAI_EMBEDDING_DEPLOYMENT'],
      when,
      'AZURE_OPENAI_API_KEY',
      `or an Entra credential is required ${when}`,
    );
  }
  const name = embeddingModelName(env);
  if (name && env.EMBEDDING_DIMENSIONS === undefined && !KNOWN_EMBEDDING_DIMENSIONS[name]) {
    checks.need('EMBEDDING_DIMENSIONS', `for the embedding model "${name}" (the length of its vectors)`);
  }
}
