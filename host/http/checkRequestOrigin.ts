import type { IncomingMessage } from 'node:http';
import { AppError } from '../../skills/errors/AppError';

const LOOPBACK_HOST = /^(?:127\.0\.0\.1|localhost|\[::1\])(?::\d{1,5})?$/i;

/** True when an `Origin` header names a loopback origin (`http://localhost:56150`, `http://127.0.0.1:3978`). */
function loopbackOrigin(origin: string): boolean {
  try {
    const url = new URL(origin);
    return LOOPBACK_HOST.test(url.host);
  } catch {
    return false;
  }
}

/**
 * Refuses requests a browser could be tricked into sending, before any routing:
 * - local mode (no authentication, loopback only): the `Host` header must name a loopback host, so a DNS
 *   rebinding page (`Host: attacker.example` resolving to 127.0.0.1) gets 421 `host_not_allowed`;
 * - every mode: a state-changing request (any method but GET/HEAD) that a browser marks as cross-site
 *   (`Sec-Fetch-Site: cross-site`) or that carries an `Origin` other than a loopback origin in local mode gets
 *   403 `cross_site_request`. Server-to-server callers (Bot Framework, Copilot, the Playground's server) send
 *   neither header, so they pass.
 * GET requests (the document viewer and report links opened from a chat) are not restricted here.
 */
export function checkRequestOrigin(req: IncomingMessage, localMode: boolean): void {
  if (localMode && !LOOPBACK_HOST.test(req.headers.host ?? '')) throw new AppError('host_not_allowed');
  if (req.method === 'GET' || req.method === 'HEAD') return;
  if (req.headers['sec-fetch-site'] === 'cross-site') throw new AppError('cross_site_request');
  const origin = req.headers.origin;
  if (localMode && origin !== undefined && !loopbackOrigin(origin)) throw new AppError('cross_site_request');
}
