import type { TokenCredential } from '@azure/identity';
import { shutdownAzureMonitor, useAzureMonitor } from '@azure/monitor-opentelemetry';
import type { AppConfig } from '../config/AppConfig';
import type { Logger } from '../log/createLogger';

export interface Telemetry {
  /** True when spans and metrics are exported (a connection string is configured). */
  readonly exporting: boolean;
  /** Flushes what is buffered and stops exporting; safe to call more than once. */
  shutdown(): Promise<void>;
}

/**
 * Starts exporting OpenTelemetry traces and metrics to Application Insights (`@azure/monitor-opentelemetry`)
 * when `config.applicationInsightsConnectionString` is set; otherwise does nothing, and the app's spans and
 * metrics (`withSpan`) stay no-ops. With `credential` (the app's managed identity) ingestion authenticates with
 * Entra ID, so the resource can refuse local (key-only) authentication. Call once, before serving.
 */
export function startTelemetry(config: AppConfig, log: Logger, credential?: TokenCredential): Telemetry {
  const connectionString = config.applicationInsightsConnectionString;
  if (!connectionString) return { exporting: false, shutdown: async () => undefined };
  useAzureMonitor({
    azureMonitorExporterOptions: { connectionString, ...(credential ? { credential } : {}) },
    // Logs stay JSON lines on stderr (App Service and Container Apps collect them into Log Analytics).
    enableLiveMetrics: false,
  });
  log.info('telemetry: exporting traces and metrics to Application Insights', {
    entraAuth: Boolean(credential),
  });
  let stopped: Promise<void> | undefined;
  return {
    exporting: true,
    shutdown: () =>
      (stopped ??= shutdownAzureMonitor().catch((error: unknown) =>
        log.warn('telemetry: flush on shutdown failed', { error: String(error) }),
      )),
  };
}
