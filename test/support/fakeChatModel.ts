import { OpenAIChatModel } from '../../skills/model/OpenAIChatModel';

/**
 * The OpenAI chat model (`gpt-4o`) pointed at a loopback fake (`startFakeOpenAI`): 5 s timeout, no retries,
 * so a test sees each request the fake answers and each failure at once.
 */
export function fakeChatModel(fake: { readonly apiKey: string; readonly baseUrl: string }): OpenAIChatModel {
  return new OpenAIChatModel({
    provider: 'openai',
    model: 'gpt-4o',
    apiKey: fake.apiKey,
    baseUrl: fake.baseUrl,
    timeoutMs: 5000,
    maxRetries: 0,
  });
}
