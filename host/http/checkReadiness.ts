/** A reachability check of one backend: resolves when it answers, rejects otherwise. */
export type ReadinessProbe = () => Promise<void>;

export type ProbeOutcome = 'ok' | 'unreachable' | 'timeout' | 'unchecked';

export interface ReadinessReport {
  /** True when no probe failed or timed out. */
  readonly ready: boolean;
  /** One outcome per backend name; `unchecked` when its backend has no probe. */
  readonly checks: Readonly<Record<string, ProbeOutcome>>;
  /** The failed probes' errors, by backend name (for the log; never sent to the caller). */
  readonly errors: Readonly<Record<string, string>>;
}

/** Longest a probe may take before its backend counts as not ready. */
export const PROBE_TIMEOUT_MS = 5000;

/**
 * Runs every probe at once, each bounded by `timeoutMs`, and reports which backends answered. A probe that
 * throws is `unreachable`, one that does not settle in time `timeout`; `undefined` stands for a backend
 * without a probe (`unchecked`, which does not make the app unready). Never throws.
 */
export async function checkReadiness(
  probes: Readonly<Record<string, ReadinessProbe | undefined>>,
  timeoutMs = PROBE_TIMEOUT_MS,
): Promise<ReadinessReport> {
  const checks: Record<string, ProbeOutcome> = {};
  const errors: Record<string, string> = {};
  await Promise.all(
    Object.entries(probes).map(async ([name, probe]) => {
      if (!probe) {
        checks[name] = 'unchecked';
        return;
      }
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<'timeout'>((resolve) => {
        timer = setTimeout(() => resolve('timeout'), timeoutMs);
      });
      try {
        const outcome = await Promise.race([probe().then(() => 'ok' as const), timedOut]);
        checks[name] = outcome;
        if (outcome === 'timeout') errors[name] = `no answer within ${timeoutMs} ms`;
      } catch (error) {
        checks[name] = 'unreachable';
        errors[name] = error instanceof Error ? error.message : String(error);
      } finally {
        clearTimeout(timer);
      }
    }),
  );
  const ordered = Object.fromEntries(Object.keys(probes).map((name) => [name, checks[name] ?? 'unchecked']));
  return {
    ready: Object.values(checks).every((outcome) => outcome === 'ok' || outcome === 'unchecked'),
    checks: ordered,
    errors,
  };
}
