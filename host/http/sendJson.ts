import type { ServerResponse } from 'node:http';
import type { AppError } from '../../skills/errors/AppError';

/** Writes a JSON response unless headers were already sent. */
export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

/** The one documented error shape: `{ "error": { "code": "...", "message": "..." } }`. */
export function sendError(res: ServerResponse, error: AppError): void {
  sendJson(res, error.status, { error: { code: error.code, message: error.userMessage } });
}
