/** Field names whose values are never logged (matched on the whole name, case-insensitively). */
const SECRET_NAME =
  /(?:^|[-_.]|[a-z](?=[A-Z]))(?:token|secret|password|passwd|pwd|authorization|cookie|api[-_]?key|apikey|access[-_]?key|account[-_]?key|connection[-_]?string|credential|signature)s?$/i;

/** Secrets that can hide inside free text (error messages, URLs, headers). */
const SECRET_TEXT: readonly [RegExp, string][] = [
  // JSON Web Tokens (three base64url parts, the first a JSON header).
  [/\beyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*/g, '[redacted]'],
  [/\bBearer\s+[A-Za-z0-9._~+/=-]{8,}/gi, 'Bearer [redacted]'],
  // key=value secrets: connection strings, SAS query parameters, form fields.
  [
    /\b(AccountKey|SharedAccessKey|SharedAccessSignature|InstrumentationKey|sig|client_secret|password|secret|token|api-key|apikey|access_token)=([^;&\s"']+)/gi,
    '$1=[redacted]',
  ],
];

const MAX_STRING = 2000;
const MAX_DEPTH = 4;

/**
 * A copy of `value` that is safe to log: a field whose name says it holds a secret (`token`, `clientSecret`,
 * `api-key`, `authorization`, `connectionString`, ...) becomes `[redacted]`; in every string, JWTs, bearer
 * credentials and `key=value` secrets are replaced; strings are cut to 2,000 characters, objects to 4
 * levels; errors become their message. Never throws.
 */
export function redactForLog(value: unknown, name?: string, depth = 0): unknown {
  if (name !== undefined && SECRET_NAME.test(name) && value !== undefined && value !== null && value !== '')
    return '[redacted]';
  if (typeof value === 'string') return scrub(value);
  if (value instanceof Error) return scrub(value.message);
  if (value === null || typeof value !== 'object') {
    return typeof value === 'bigint' || typeof value === 'symbol' || typeof value === 'function'
      ? String(value)
      : value;
  }
  if (depth >= MAX_DEPTH) return '[nested]';
  if (Array.isArray(value)) return value.slice(0, 50).map((item) => redactForLog(item, undefined, depth + 1));
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value as Record<string, unknown>))
    copy[key] = redactForLog(item, key, depth + 1);
  return copy;
}

function scrub(text: string): string {
  let out = text.length > MAX_STRING ? `${text.slice(0, MAX_STRING)}...` : text;
  for (const [pattern, replacement] of SECRET_TEXT) out = out.replace(pattern, replacement);
  return out;
}
