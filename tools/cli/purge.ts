/**
 * `npm run purge`: applies the retention periods now (what the running bot's timer does every
 * RETENTION_PURGE_INTERVAL_HOURS): removes conversation state past CONVERSATION_STATE_TTL_HOURS, feedback,
 * answer-log events, audit records (behind a signed checkpoint, so `audit:verify` still passes), reports with
 * their approval requests, and embedded tickets older than their `*_RETENTION_DAYS`. Prints one line per kind
 * (`<kind>: <n> removed`) and exits 0; exit 1 when a kind failed (the others still ran), 2 on bad usage or
 * configuration.
 */
import { purgeExpired } from '../../skills/privacy/purgeExpired';
import { RECORD_KINDS } from '../../skills/privacy/PersonalData';
import { withComposedServices } from './withComposedServices';
import { runCliMain } from './runCliMain';

async function main(argv: string[]): Promise<number> {
  if (argv.length > 0) {
    console.error('usage: npm run purge');
    return 2;
  }
  return withComposedServices(async (services) => {
    const outcomes = await purgeExpired(services.holders.retention);
    for (const outcome of outcomes)
      console.log(
        'removed' in outcome
          ? `${outcome.kind}: ${outcome.removed} removed`
          : `${outcome.kind}: FAILED: ${outcome.error}`,
      );
    for (const kind of RECORD_KINDS)
      if (!outcomes.some((outcome) => outcome.kind === kind))
        console.log(`${kind}: not purged by this deployment's backend (see docs/ADMIN.md)`);
    return outcomes.some((outcome) => 'error' in outcome) ? 1 : 0;
  });
}

runCliMain(main);
