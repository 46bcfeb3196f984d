/**
 * Thrown by a Directory that cannot resolve a user's groups right now (Graph down, throttled past its retry
 * budget, permission missing). Callers fail closed: they search with `everyone` only and tell the user.
 */
export class DirectoryUnavailableError extends Error {
  readonly code = 'directory_unavailable';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DirectoryUnavailableError';
  }
}
