import type { IncomingMessage } from 'node:http';
import { AppError } from '../../skills/errors/AppError';
import { jsonNestingExceeds } from './jsonNestingExceeds';

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

/**
 * Deepest nesting of arrays and objects accepted in a request body (64 levels). Bot Framework activities and
 * plugin requests nest well under 20; card data and plugin edits are flat.
 */
export const MAX_JSON_DEPTH = 64;

/**
 * Parses a JSON body: AppError `too_deeply_nested` (400) when it nests deeper than `MAX_JSON_DEPTH`, checked
 * before parsing; `invalid_json` (400) when it is not JSON.
 */
export function parseJson(body: Buffer): unknown {
  const text = body.toString('utf8');
  if (jsonNestingExceeds(text, MAX_JSON_DEPTH)) throw new AppError('too_deeply_nested');
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError('invalid_json');
  }
}
