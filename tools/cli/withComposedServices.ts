import { compose, type Services } from '../../host/compose';
import { createLogger } from '../../host/log/createLogger';
import { loadCliConfig } from './loadCliConfig';

/**
 * Runs an operator CLI's `work` against the composed services of the environment's configuration (the bot's
 * own stores, errors-only logging), once they are ready, and closes them afterwards. Resolves with the exit code:
 * 2 when the configuration is invalid (its message on stderr), else `work`'s code.
 */
export async function withComposedServices(work: (services: Services) => Promise<number>): Promise<number> {
  const config = loadCliConfig();
  if (!config) return 2;
  const services = compose(config, { log: createLogger('error') });
  try {
    await services.ready();
    return await work(services);
  } finally {
    await services.close();
  }
}
