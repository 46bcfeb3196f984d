/**
 * Thrown when a supported file cannot be turned into text (corrupt, truncated, too large, malformed
 * front matter or sidecar). The message always names the file; `cause` carries the underlying error.
 */
export class ExtractionError extends Error {
  readonly code = 'extraction_failed' as const;
  readonly fileName: string;

  constructor(fileName: string, reason: string, options?: { cause?: unknown }) {
    super(`Cannot extract text from "${fileName}": ${reason}`, options);
    this.name = 'ExtractionError';
    this.fileName = fileName;
  }

  /** Wraps any thrown value as an ExtractionError for `fileName`; an ExtractionError passes through unchanged. */
  static wrap(fileName: string, error: unknown): ExtractionError {
    if (error instanceof ExtractionError) return error;
    const reason = error instanceof Error ? error.message : String(error);
    return new ExtractionError(fileName, reason || 'unknown error', { cause: error });
  }
}
