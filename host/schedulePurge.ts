import type { RetentionTarget } from '../skills/privacy/PersonalData';
import { purgeExpired, type PurgeOutcome } from '../skills/privacy/purgeExpired';
import type { Logger } from './log/createLogger';

/** Delay before the first purge after start-up: 5 minutes (start-up and readiness come first). */
export const FIRST_PURGE_DELAY_MS = 5 * 60 * 1000;

/**
 * The retention timer of the running bot: runs `purgeExpired` over `targets` `firstDelayMs` after start, then
 * every `intervalMs`; never two runs at once. Logs one `retention purge` line per run (counts per kind, and a
 * warning for a kind that failed). The timers do not keep the process alive; `stop` clears them and resolves
 * when a run in progress has finished.
 */
export function schedulePurge(options: {
  targets: readonly RetentionTarget[];
  intervalMs: number;
  log: Logger;
  firstDelayMs?: number;
  now?: () => Date;
  /** Called after each run (tests). */
  onRun?: (outcomes: PurgeOutcome[]) => void;
}): { stop(): Promise<void> } {
  const { targets, intervalMs, log } = options;
  let running: Promise<void> | undefined;
  let interval: NodeJS.Timeout | undefined;
  const run = () => {
    if (running) return;
    running = purgeExpired(targets, options.now?.() ?? new Date())
      .then((outcomes) => {
        const removed = Object.fromEntries(
          outcomes.flatMap((outcome) => ('removed' in outcome ? [[outcome.kind, outcome.removed]] : [])),
        );
        log.info('retention purge', { event: 'retention_purge', removed });
        for (const outcome of outcomes)
          if ('error' in outcome)
            log.warn('retention purge failed', {
              event: 'retention_purge_failed',
              kind: outcome.kind,
              error: outcome.error,
            });
        options.onRun?.(outcomes);
      })
      .finally(() => {
        running = undefined;
      });
  };
  const first = setTimeout(() => {
    run();
    interval = setInterval(run, intervalMs);
    interval.unref();
  }, options.firstDelayMs ?? FIRST_PURGE_DELAY_MS);
  first.unref();
  return {
    stop: async () => {
      clearTimeout(first);
      if (interval) clearInterval(interval);
      await running;
    },
  };
}
