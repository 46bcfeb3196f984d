/** POSTs `activity` as JSON to `<baseUrl>/api/messages` (no authorization header); resolves with the response. */
export function postActivity(baseUrl: string, activity: unknown): Promise<Response> {
  return fetch(`${baseUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(activity),
  });
}
