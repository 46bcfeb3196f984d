import type { ServerResponse } from 'node:http';
import type { AppError } from '../../skills/errors/AppError';

/** Writes a JSON response unless headers were already sent. */
export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  // Encoded once: its length is the header, its bytes the body.
  const bytes = Buffer.from(JSON.stringify(body), 'utf8');
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': bytes.length,
  });
  res.end(bytes);
}

/** The one documented error shape: `{ "error": { "code": "...", "message": "..." } }`. */
export function sendError(res: ServerResponse, error: AppError): void {
  sendJson(res, error.status, { error: { code: error.code, message: error.userMessage } });
}
