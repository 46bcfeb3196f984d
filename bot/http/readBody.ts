import type { IncomingMessage } from 'node:http';
import { AppError } from '../../skills/errors/AppError';

/** Largest request body accepted, in bytes (256 KB); larger bodies get 413 `payload_too_large`. */
export const MAX_BODY_BYTES = 256 * 1024;

/**
 * Reads a request body up to `limit` bytes. Rejects with AppError `payload_too_large` as soon as the
 * declared or received size exceeds the limit (the rest is not buffered).
 */
export function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      req.resume();
      reject(new AppError('payload_too_large'));
      return;
    }
    const parts: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (part: Buffer) => {
      if (done) return;
      size += part.length;
      if (size > limit) {
        done = true;
        req.resume();
        reject(new AppError('payload_too_large'));
        return;
      }
      parts.push(part);
    });
    req.on('end', () => {
      if (!done) resolve(Buffer.concat(parts));
    });
    req.on('error', (error) => {
      if (!done) reject(error);
      done = true;
    });
  });
}

/** Parses a JSON body; AppError `invalid_json` on failure. */
export function parseJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    throw new AppError('invalid_json');
  }
}
