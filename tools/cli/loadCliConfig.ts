import { ConfigError, loadConfig, type AppConfig } from '../../host/config/loadConfig';

/**
 * The environment's configuration for an operator CLI, or undefined when it is invalid: then its message (a
 * `ConfigError`'s, else the thrown value as text) is on stderr and the CLI exits with code 2.
 */
export function loadCliConfig(): AppConfig | undefined {
  try {
    return loadConfig();
  } catch (error) {
    console.error(error instanceof ConfigError ? error.message : String(error));
    return undefined;
  }
}
