/** POSTs `activity` as JSON to `<baseUrl>/api/messages` (no authorization header); resolves with the response. */
export function postActivity(baseUrl: string, activity: unknown): Promise<Response> {
  return fetch(`${baseUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(activity),
  });
}

/** POSTs `body` as JSON to the plugin API's `<baseUrl>/api/skills/<skill>` with `headers` (none by default). */
export function postSkill(
  baseUrl: string,
  skill: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(`${baseUrl}/api/skills/${skill}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}
