import { isSpanContextValid, trace } from '@opentelemetry/api';
import { currentRequestContext } from './requestContext';
import { redactForLog } from './redactForLog';

/**
 * Structured logger: one JSON object per line (to stderr by default), in this key order:
 * `{"time","level","message", "requestId","activityId","conversationId","skill", "traceId","spanId", ...fields}`.
 * The correlation ids come from the request being served (`requestContext`), the trace ids from the active
 * OpenTelemetry span; absent ones are left out. Fields cannot replace those keys. Every value passes through
 * `redactForLog` (token-, secret- and key-named fields, bearer tokens, JWTs and connection-string secrets are
 * replaced by `[redacted]`, long strings cut). Callers never pass message text or document text: ids, counts,
 * codes and durations only.
 */
export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

const LEVELS = ['debug', 'info', 'warn', 'error'] as const;
type Level = (typeof LEVELS)[number];
const RESERVED = new Set([
  'time',
  'level',
  'message',
  'requestId',
  'activityId',
  'conversationId',
  'skill',
  'traceId',
  'spanId',
]);

export function createLogger(
  level: Level = 'info',
  write: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
): Logger {
  const min = LEVELS.indexOf(level);
  const emit = (at: Level) => (message: string, fields?: Record<string, unknown>) => {
    if (LEVELS.indexOf(at) < min) return;
    const entry: Record<string, unknown> = {
      time: new Date().toISOString(),
      level: at,
      message: redactForLog(message),
      ...currentRequestContext(),
    };
    const span = trace.getActiveSpan()?.spanContext();
    if (span && isSpanContextValid(span)) {
      entry.traceId = span.traceId;
      entry.spanId = span.spanId;
    }
    for (const [key, value] of Object.entries(fields ?? {})) {
      if (value === undefined) continue;
      if (!RESERVED.has(key) || (entry[key] === undefined && !['time', 'level', 'message'].includes(key)))
        entry[key] = redactForLog(value, key);
      // A field naming a key already set (time, level, message, a context id) is kept under another name.
      else if (entry[key] !== value) entry[`field.${key}`] = redactForLog(value, key);
    }
    write(JSON.stringify(entry));
  };
  return { debug: emit('debug'), info: emit('info'), warn: emit('warn'), error: emit('error') };
}

/** A logger that drops everything (tests). */
export const silentLogger: Logger = createLogger('error', () => undefined);
