import { ResponseType, type Client } from '@microsoft/microsoft-graph-client';

/** Default cap on one downloaded file: 50 MB. */
export const DEFAULT_MAX_DOWNLOAD_BYTES = 50 * 1024 * 1024;

/** An HTTP failure of a download, shaped like `GraphError` (`statusCode`, `headers`) so retries see it. */
export class DownloadError extends Error {
  constructor(
    message: string,
    readonly statusCode: number,
    readonly headers?: Headers,
  ) {
    super(message);
    this.name = 'DownloadError';
  }
}

/**
 * Downloads `path` (e.g. `/drives/{id}/items/{item}/content`): the client follows Graph's 302 to the
 * download URL. Throws DownloadError on a non-2xx status, and when the body is larger than `maxBytes`
 * (announced by `Content-Length` or counted while reading, so an oversized body is never held in memory).
 */
export async function downloadContent(client: Client, path: string, maxBytes: number): Promise<Buffer> {
  const response = (await client.api(path).responseType(ResponseType.RAW).get()) as Response;
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    throw new DownloadError(`download failed: HTTP ${response.status}`, response.status, response.headers);
  }
  const announced = Number(response.headers.get('content-length') ?? NaN);
  if (announced > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw new DownloadError(`file larger than ${maxBytes} bytes (${announced})`, 413);
  }
  const parts: Buffer[] = [];
  let total = 0;
  if (!response.body) return Buffer.alloc(0);
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new DownloadError(`file larger than ${maxBytes} bytes`, 413);
    }
    parts.push(Buffer.from(value));
  }
  return Buffer.concat(parts);
}
