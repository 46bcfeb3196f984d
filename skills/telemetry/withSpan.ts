import {
  metrics,
  SpanKind,
  SpanStatusCode,
  trace,
  type Attributes,
  type Histogram,
  type Meter,
  type Span,
} from '@opentelemetry/api';

/** Instrumentation scope of every span and metric the app records. */
export const TELEMETRY_SCOPE = 'knowledge-assistant';

export interface SpanOptions {
  /** `server` for work started by a request (turns, plugin calls), `client` for calls to a backend. */
  readonly kind?: 'internal' | 'server' | 'client';
}

const KINDS = { internal: SpanKind.INTERNAL, server: SpanKind.SERVER, client: SpanKind.CLIENT } as const;

/**
 * Runs `work` inside an OpenTelemetry span named `name` (a child of the active span, so nesting follows the
 * call tree) and records its duration in milliseconds in the histogram `<name>.duration` with the same
 * attributes plus `outcome` (`ok` | `error`). A failure sets the span's status to ERROR with the error's
 * `code` (AppError) or class name as `error.type`, and is rethrown unchanged. Attributes hold ids, names,
 * counts and codes only: never user text, document text or secrets. With no OpenTelemetry SDK registered
 * (the default) the API's no-op tracer and meter make this a plain call.
 */
export async function withSpan<T>(
  name: string,
  attributes: Attributes,
  work: (span: Span) => Promise<T>,
  options: SpanOptions = {},
): Promise<T> {
  const tracer = trace.getTracer(TELEMETRY_SCOPE);
  const started = performance.now();
  return tracer.startActiveSpan(
    name,
    { kind: KINDS[options.kind ?? 'internal'], attributes },
    async (span) => {
      let outcome = 'ok';
      try {
        return await work(span);
      } catch (error) {
        outcome = 'error';
        span.setStatus({ code: SpanStatusCode.ERROR });
        span.setAttribute('error.type', errorType(error));
        throw error;
      } finally {
        span.end();
        histogram(name).record(performance.now() - started, { ...attributes, outcome });
      }
    },
  );
}

function errorType(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && /^[a-z_]{1,64}$/.test(code)) return code;
  return error instanceof Error ? error.name : 'unknown';
}

// Histograms are created once per meter: a meter provider registered later (start-up, tests) gets new ones.
let meterOf: Meter | undefined;
const histograms = new Map<string, Histogram>();

function histogram(name: string): Histogram {
  const meter = metrics.getMeter(TELEMETRY_SCOPE);
  if (meter !== meterOf) {
    meterOf = meter;
    histograms.clear();
  }
  let found = histograms.get(name);
  if (!found) {
    found = meter.createHistogram(`${name}.duration`, { unit: 'ms', description: `Duration of ${name}` });
    histograms.set(name, found);
  }
  return found;
}
