/**
 * The error catalog. Every failure a user or API caller can see has a stable code, an HTTP status and a
 * user-safe message. Internal details (stack, SQL, file paths) stay in `cause` and the logs, never in a reply.
 */
export const ERROR_CATALOG = {
  payload_too_large: { status: 413, message: 'The request body is larger than the 256 KB limit.' },
  invalid_json: { status: 400, message: 'The request body is not valid JSON.' },
  too_deeply_nested: {
    status: 400,
    message: 'The request nests values too deeply. Send flat values as the form or API describes.',
  },
  invalid_activity: { status: 400, message: 'The request body is not a valid Bot Framework activity.' },
  unsupported_media_type: { status: 415, message: 'Send the request as application/json.' },
  not_found: { status: 404, message: 'Nothing is here.' },
  invoke_not_supported: { status: 501, message: 'This bot does not handle that kind of request.' },
  method_not_allowed: { status: 405, message: 'This method is not allowed here.' },
  unauthorized: { status: 401, message: 'The request is not authenticated.' },
  host_not_allowed: {
    status: 421,
    message: 'This server answers only on its loopback address in local mode.',
  },
  cross_site_request: { status: 403, message: 'Requests from other web sites are not accepted.' },
  tenant_not_allowed: { status: 403, message: 'This bot serves one organisation only.' },
  admin_forbidden: { status: 403, message: 'Only administrators may open the admin console.' },
  link_invalid: {
    status: 403,
    message: 'This link is not valid for you, or it has expired. Ask the bot again for a fresh link.',
  },
  sign_in_failed: {
    status: 401,
    message: 'Sign-in did not complete. Open the link again to sign in once more.',
  },
  sign_in_unavailable: {
    status: 503,
    message: 'Sign-in is unavailable right now. Please try again in a minute.',
  },
  invalid_parameters: { status: 400, message: 'Some of the values sent are not valid.' },
  unknown_skill: { status: 404, message: 'That skill does not exist.' },
  skill_not_offered: { status: 403, message: 'That is not offered in this team or channel.' },
  question_too_long: {
    status: 400,
    message: 'The question is too long. Ask about one topic in at most 500 characters.',
  },
  search_unavailable: {
    status: 503,
    message: 'The knowledge search is unavailable right now. Please try again in a minute.',
  },
  confirmation_invalid: {
    status: 409,
    message: 'This confirmation is not valid any more. Ask again to get a new card.',
  },
  approval_refused: {
    status: 403,
    message: 'You cannot approve this report. Nothing was exported.',
  },
  not_consequential: { status: 400, message: 'That skill has nothing to confirm.' },
  model_unavailable: {
    status: 503,
    message: 'The language model is unavailable right now. Please try again in a minute.',
  },
  model_timeout: { status: 504, message: 'The language model took too long to answer. Please try again.' },
  model_rejected: {
    status: 502,
    message: 'The language model refused the request. Ask an administrator to check its configuration.',
  },
  audit_unavailable: {
    status: 503,
    message:
      'Nothing was done, because the action could not be recorded in the audit trail. Please try again in a minute.',
  },
  teams_throttled: {
    status: 503,
    message: 'Teams is limiting how fast this bot may send messages. Please try again in a minute.',
  },
  request_timeout: { status: 503, message: 'The request took too long. Please try again.' },
  internal_error: { status: 500, message: 'Something went wrong on our side. Please try again.' },
} as const satisfies Record<string, { status: number; message: string }>;

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
