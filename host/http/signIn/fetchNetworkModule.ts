import type { INetworkModule, NetworkRequestOptions, NetworkResponse } from '@azure/msal-node';

/** Bound of one request to the sign-in authority (discovery, keys, token exchange). */
const TIMEOUT_MS = 10_000;

/**
 * How the sign-in code reaches the authority (MSAL's token requests, OpenID discovery, signing keys): the
 * global `fetch`, each request bounded to 10 s, bodies parsed as JSON. The same seam MSAL names
 * `system.networkClient`.
 */
export const fetchNetworkModule: INetworkModule = {
  sendGetRequestAsync: <T>(url: string, options?: NetworkRequestOptions, timeout?: number) =>
    send<T>(url, 'GET', options, timeout),
  sendPostRequestAsync: <T>(url: string, options?: NetworkRequestOptions) => send<T>(url, 'POST', options),
};

async function send<T>(
  url: string,
  method: 'GET' | 'POST',
  options: NetworkRequestOptions | undefined,
  timeout = TIMEOUT_MS,
): Promise<NetworkResponse<T>> {
  const response = await fetch(url, {
    method,
    ...(options?.headers ? { headers: options.headers } : {}),
    ...(method === 'POST' ? { body: options?.body ?? '' } : {}),
    signal: AbortSignal.timeout(Math.min(timeout, TIMEOUT_MS)),
  });
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  return { headers, body: (await response.json()) as T, status: response.status };
}
