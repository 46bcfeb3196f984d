/** The security-relevant refusals and signals the app reports, one event per occurrence. */
export const SECURITY_EVENT_TYPES = [
  /** A request's credentials were refused (Bot Framework or plugin bearer token, foreign tenant). */
  'auth_failed',
  /** A model asked for a tool outside the registry, or for a consequential action without the user's confirmation. */
  'tool_call_blocked',
  /** Links or images were removed from text leaving the app (document titles, passages, model output). */
  'link_stripped',
  /** A confirmation token was presented again after it was used, cancelled, expired or issued to someone else. */
  'token_replayed',
  /** The user's groups could not be resolved (directory unavailable or user unknown): access failed closed. */
  'access_resolution_failed',
  /** Teams answered a send with 429: retried within bounds, or given up. */
  'throttled',
  /** A document or report link was refused (bad signature, expired, or a reader who may not read it now). */
  'link_refused',
  /** A reader's Entra ID sign-in for a link was refused (state, code exchange, id_token) or could not run. */
  'sign_in_refused',
] as const;

export type SecurityEventType = (typeof SECURITY_EVENT_TYPES)[number];

/** Where the event happened. */
export type SecuritySurface =
  'teams' | 'copilot' | 'mcp' | 'messageExtension' | 'viewer' | 'planner' | 'test';

/**
 * One structured security event. It carries identifiers and codes only: never a token, a secret, message or
 * document text, or any free text taken from a request.
 */
export interface SecurityEvent {
  readonly type: SecurityEventType;
  /** The inbound activity's id (Teams) or the HTTP request's id (plugin API, viewer): joins the event to its request. */
  readonly correlationId: string;
  readonly surface: SecuritySurface;
  /** Why, as a code: lower_snake_case, at most 64 characters, from the code's own vocabulary. */
  readonly reason: string;
  /** Counts and identifiers that help triage (e.g. `{ attempts: 4 }`, `{ tool: 'file_ticket' }`); no text. */
  readonly detail?: Readonly<Record<string, string | number | boolean>>;
}

/**
 * The one narrow sink for security events, chosen in the composition root (a logger-backed one in
 * production). `record` never throws and never blocks the request it describes.
 */
export interface SecurityEvents {
  record(event: SecurityEvent): void;
}

/** A sink that keeps nothing (callers with no sink configured). */
export const noSecurityEvents: SecurityEvents = { record: () => undefined };

/** Turns a fixed description such as "token has no exp" into its reason code (`token_has_no_exp`). */
export function reasonCode(description: string): string {
  const code = description
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 64);
  return code || 'unspecified';
}
