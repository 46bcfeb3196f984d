/**
 * `search_unavailable`: the service could not be reached, timed out, throttled (429) or failed (5xx), or an
 * indexing action failed transiently; retrying later may succeed.
 * `search_rejected`: the service refused the request (4xx other than 429, or a failed action it reported
 * as 4xx); retrying the same request will fail again.
 */
export type SearchServiceErrorCode = 'search_unavailable' | 'search_rejected';

/**
 * A failed Azure AI Search call with a stable code. Carries only safe details (operation, HTTP status, the
 * service's error code and message, the request id); never the request, its headers or the API key.
 */
export class SearchServiceError extends Error {
  readonly code: SearchServiceErrorCode;
  readonly status: number | undefined;

  constructor(code: SearchServiceErrorCode, message: string, status?: number) {
    super(message);
    this.name = 'SearchServiceError';
    this.code = code;
    this.status = status;
  }
}

/** Code for an HTTP status; undefined (no response) counts as unavailable. */
export function codeForStatus(status: number | undefined): SearchServiceErrorCode {
  return status === undefined || status === 408 || status === 429 || status >= 500
    ? 'search_unavailable'
    : 'search_rejected';
}

/**
 * Converts anything thrown by the SDK during `operation` into a SearchServiceError. Errors that are already
 * SearchServiceErrors pass through; programming errors (TypeError, RangeError, ...) are rethrown unchanged.
 */
export function toSearchServiceError(operation: string, error: unknown): Error {
  if (error instanceof SearchServiceError) return error;
  if (isRestError(error)) {
    const status = error.statusCode;
    const requestId = error.request?.headers?.get('x-ms-client-request-id');
    const detail = serviceMessage(error.details) ?? (status === undefined ? error.code : undefined);
    return new SearchServiceError(
      codeForStatus(status),
      `Azure AI Search ${operation} failed${status === undefined ? '' : ` (HTTP ${status})`}` +
        `${detail ? `: ${detail.slice(0, 300)}` : ''}${requestId ? ` [request ${requestId}]` : ''}`,
      status,
    );
  }
  if (error instanceof Error && error.name === 'AbortError') {
    return new SearchServiceError('search_unavailable', `Azure AI Search ${operation} was aborted`);
  }
  return error instanceof Error ? error : new Error(String(error));
}

/** The shape of `@azure/core-rest-pipeline`'s RestError (a transitive dependency, so matched by shape). */
interface RestErrorLike {
  name: 'RestError';
  statusCode?: number;
  code?: string;
  details?: unknown;
  request?: { headers?: { get(name: string): string | undefined } };
}

function isRestError(error: unknown): error is RestErrorLike {
  return error instanceof Error && error.name === 'RestError';
}

function serviceMessage(details: unknown): string | undefined {
  if (typeof details !== 'object' || details === null) return undefined;
  const inner = (details as { error?: { message?: unknown } }).error;
  const message = inner?.message ?? (details as { message?: unknown }).message;
  return typeof message === 'string' && message ? message : undefined;
}
