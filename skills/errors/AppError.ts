import catalog from './errorCatalog.json';

/** One code of the error catalog: the HTTP status a caller gets and the user-safe English message. */
export interface ErrorCatalogEntry {
  readonly status: number;
  readonly message: string;
}

/**
 * The error catalog (the resource file `errorCatalog.json`). Every failure a user or API caller can see has a
 * stable code, an HTTP status and a user-safe message. Internal details (stack, SQL, file paths) stay in `cause`
 * and the logs, never in a reply. Other languages' messages are the message catalogs' `errors`.
 */
export const ERROR_CATALOG: Readonly<Record<keyof typeof catalog, ErrorCatalogEntry>> = catalog;

export type ErrorCode = keyof typeof ERROR_CATALOG;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  /** Safe to show to the user: the catalog message, optionally made more specific by the thrower. */
  readonly userMessage: string;

  constructor(code: ErrorCode, options: { userMessage?: string; cause?: unknown } = {}) {
    super(`${code}: ${options.userMessage ?? ERROR_CATALOG[code].message}`, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.status = ERROR_CATALOG[code].status;
    this.userMessage = options.userMessage ?? ERROR_CATALOG[code].message;
  }
}

/**
 * The one place that decides what a caller sees for any thrown value: an AppError as is; an error from a
 * lower layer carrying a catalog `code` (e.g. `search_unavailable`, `model_timeout`) as that code with the
 * catalog's message (never the error's own text); anything else as internal_error.
 */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  if (typeof code === 'string' && Object.hasOwn(ERROR_CATALOG, code)) {
    return new AppError(code as ErrorCode, { cause: error });
  }
  return new AppError('internal_error', { cause: error });
}
