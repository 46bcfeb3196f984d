import type { SecurityEvent, SecurityEvents } from '../../skills/security/SecurityEvents';
import type { Logger } from './createLogger';

const CODE = /^[a-z0-9_]{1,64}$/;

/**
 * The production security-event sink: one `warn` line per event through the app's logger, message
 * `security event`, fields `{ event, correlationId, surface, reason, ...detail }`. Values are screened again here,
 * because some come from requests that were refused: the correlation id keeps only `[A-Za-z0-9:._|@-]` (at most
 * 128 characters), a reason that is not a code becomes `unspecified`, and detail strings keep only `[A-Za-z0-9:._-]`
 * (at most 64). Logging failures are swallowed: an event never breaks the request it describes.
 */
export function logSecurityEvents(log: Logger): SecurityEvents {
  return {
    record(event: SecurityEvent): void {
      try {
        log.warn('security event', securityEventFields(event));
      } catch {
        // The sink must never throw into the request path.
      }
    },
  };
}

/** The screened log fields of `event`. */
export function securityEventFields(event: SecurityEvent): Record<string, string | number | boolean> {
  const detail: Record<string, string | number | boolean> = {};
  for (const [key, value] of Object.entries(event.detail ?? {}).slice(0, 16))
    if (/^[A-Za-z][A-Za-z0-9]{0,31}$/.test(key))
      detail[key] = typeof value === 'string' ? value.replace(/[^A-Za-z0-9:._-]/g, '_').slice(0, 64) : value;
  return {
    ...detail,
    event: event.type,
    correlationId: event.correlationId.replace(/[^A-Za-z0-9:._|@-]/g, '_').slice(0, 128) || 'none',
    surface: event.surface,
    reason: CODE.test(event.reason) ? event.reason : 'unspecified',
  };
}
