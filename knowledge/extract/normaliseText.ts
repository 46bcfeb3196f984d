const UTF8 = new TextDecoder('utf-8');

/** Decodes bytes as UTF-8 (invalid sequences become U+FFFD) and drops a leading byte-order mark. */
export function decodeUtf8(bytes: Uint8Array): string {
  return UTF8.decode(bytes);
}

/**
 * The cleanup every extractor applies last: CRLF/CR -> LF, removes C0 control characters (and DEL)
 * except `\n` and `\t`, trims trailing spaces and tabs, collapses 3+ line breaks into one blank line,
 * and trims blank lines at both ends. Idempotent.
 */
export function normaliseText(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '')
      .replace(/[ \t]+$/gm, '')
      .replace(/\n{3,}/g, '\n\n')
      .replace(/^\n+|\n+$/g, '')
  );
}
