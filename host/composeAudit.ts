import type { AuditLog } from '../skills/audit/AuditLog';
import { FileHeadAnchor } from '../skills/audit/HeadAnchor';
import { loadOrCreateKeyFile } from '../skills/audit/headKey';
import { SqliteAuditLog } from '../skills/audit/SqliteAuditLog';
import { TableAuditLog } from '../skills/audit/TableAuditLog';
import { verifyAuditLog, type AuditVerification } from '../skills/audit/verifyAuditLog';
import { verifyTableAuditLog } from '../skills/audit/verifyTableAuditLog';
import type { StorageClients } from './azure/createStorageClients';
import type { AppConfig } from './config/AppConfig';
import { daysBefore, type DataHolders } from '../skills/privacy/PersonalData';

/** The audit chain's table in the Storage account (STATE_BACKEND=azure). */
export const AUDIT_TABLE = 'audit';

/** The audit log and its start-up check. */
export interface ComposedAudit {
  readonly audit: AuditLog;
  /** Resolves when the whole chain verifies (Azure: after making a new log's genesis head); rejects otherwise. */
  ready(): Promise<void>;
  /** Verifies the whole chain now, as `audit:verify` does (the admin console's audit panel). */
  verify(): Promise<AuditVerification>;
  /** The SQLite file of the embedded log; undefined for the Table Storage chain. */
  readonly file?: string;
  /** Retention (purge behind a signed checkpoint, AUDIT_RETENTION_DAYS) and erasure (pseudonymisation). */
  readonly holders: DataHolders;
}

/**
 * The audit trail per `config.state`: `DATA_DIR/audit.sqlite` (embedded; checked here, so this throws for a
 * log `audit:verify` would reject and the app never appends to it) or the `audit` table shared by every
 * instance (Azure; checked by `ready`). Head key: AUDIT_HEAD_KEY, or AUDIT_HEAD_KEY_FILE, or (embedded only)
 * the key generated next to the log; anchor: AUDIT_HEAD_ANCHOR.
 */
export function composeAudit(
  config: AppConfig,
  file: string,
  storage: StorageClients | undefined,
): ComposedAudit {
  const headKey =
    config.audit.key ?? (config.audit.keyFile ? loadOrCreateKeyFile(config.audit.keyFile) : undefined);
  const anchor = config.audit.anchorFile ? new FileHeadAnchor(config.audit.anchorFile) : undefined;
  const trust = { headKey, anchor };
  if (storage) {
    if (!headKey) throw new Error('STATE_BACKEND=azure needs AUDIT_HEAD_KEY or AUDIT_HEAD_KEY_FILE');
    const table = storage.table(AUDIT_TABLE);
    const audit = new TableAuditLog({ table, headKey, anchor });
    const verify = () => verifyTableAuditLog(table, { headKey, anchor });
    return {
      audit,
      ready: async () => {
        await audit.open();
        assertIntact(await verify());
      },
      verify,
      holders: auditHolders(config, audit),
    };
  }
  // Opening checks the head and the anchor; the whole chain is checked too.
  const audit = new SqliteAuditLog({ file, ...trust });
  try {
    assertIntact(verifyAuditLog(file, trust));
  } catch (error) {
    void audit.close();
    throw error;
  }
  return {
    audit,
    ready: async () => undefined,
    verify: async () => verifyAuditLog(file, trust),
    file,
    holders: auditHolders(config, audit),
  };
}

function assertIntact(result: AuditVerification): void {
  if (result.ok) return;
  const where = result.firstBadSeq === null ? '' : ` at record ${result.firstBadSeq}`;
  throw new Error(`audit log integrity check failed${where}: ${result.problem} (run audit:verify)`);
}

/** Retention (purge behind a signed checkpoint, AUDIT_RETENTION_DAYS) and erasure (pseudonymisation) of the log. */
function auditHolders(config: AppConfig, audit: SqliteAuditLog | TableAuditLog): DataHolders {
  return {
    retention: [
      {
        kind: 'audit',
        purge: async (now) => (await audit.purgeBefore(daysBefore(now, config.retention.auditDays))).purged,
      },
    ],
    personalData: [
      {
        kind: 'audit',
        exportUser: (user) => audit.recordsAbout(user),
        eraseUser: async (user) => (await audit.pseudonymise(user)).pseudonymised,
      },
    ],
  };
}
