import assert from 'node:assert/strict';
import { useFixtureBot } from '../../support/useFixtureBot';

/** Raw HTTP so that Host, Origin and Sec-Fetch-Site can be set freely (fetch forbids some of them). */
async function request(
  baseUrl: string,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<{ status: number; code?: string }> {
  const http = await import('node:http');
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { hostname, port, path: options.path, method: options.method ?? 'GET', headers: options.headers ?? {} },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => {
          let code: string | undefined;
          try {
            code = (JSON.parse(text) as { error?: { code?: string } }).error?.code;
          } catch {
            code = undefined;
          }
          resolve({ status: res.statusCode ?? 0, ...(code ? { code } : {}) });
        });
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('local mode refuses DNS rebinding and cross-site requests', () => {
  const fixture = useFixtureBot();

  const json = { 'content-type': 'application/json' };
  const cases: [string, Parameters<typeof request>[1], number, string | undefined][] = [
    [
      'a foreign Host (DNS rebinding)',
      { path: '/healthz', headers: { host: 'attacker.example' } },
      421,
      'host_not_allowed',
    ],
    [
      'a foreign Host with a port',
      { path: '/healthz', headers: { host: 'attacker.example:3978' } },
      421,
      'host_not_allowed',
    ],
    [
      'a cross-site text/plain POST to the plugin API',
      {
        method: 'POST',
        path: '/api/skills/my_tickets',
        headers: {
          'content-type': 'text/plain',
          origin: 'https://attacker.example',
          'sec-fetch-site': 'cross-site',
        },
        body: '',
      },
      403,
      'cross_site_request',
    ],
    [
      'a POST from another origin, even as JSON',
      {
        method: 'POST',
        path: '/api/skills/my_tickets',
        headers: { ...json, origin: 'https://attacker.example' },
        body: '{}',
      },
      403,
      'cross_site_request',
    ],
    [
      'a text/plain POST with no Origin',
      {
        method: 'POST',
        path: '/api/skills/my_tickets',
        headers: { 'content-type': 'text/plain' },
        body: '{}',
      },
      415,
      'unsupported_media_type',
    ],
    [
      'a POST with no content type',
      { method: 'POST', path: '/api/messages', body: '{}' },
      415,
      'unsupported_media_type',
    ],
  ];
  for (const [name, options, status, code] of cases) {
    it(`refuses ${name}`, async () => {
      const result = await request(fixture.baseUrl, options);
      assert.deepEqual(result, { status, code });
    });
  }

  const allowed: [string, Parameters<typeof request>[1], number][] = [
    ['loopback Host names', { path: '/healthz', headers: { host: 'localhost:3978' } }, 200],
    ['the IPv6 loopback', { path: '/healthz', headers: { host: '[::1]:3978' } }, 200],
    [
      'a JSON POST from a loopback origin (the Playground page)',
      {
        method: 'POST',
        path: '/api/skills/my_tickets',
        headers: { ...json, origin: 'http://localhost:56150' },
        body: '{}',
      },
      200,
    ],
    [
      'a server-to-server JSON POST (no Origin)',
      { method: 'POST', path: '/api/skills/my_tickets', headers: json, body: '{}' },
      200,
    ],
  ];
  for (const [name, options, status] of allowed) {
    it(`accepts ${name}`, async () => assert.equal((await request(fixture.baseUrl, options)).status, status));
  }
});
