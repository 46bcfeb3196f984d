/**
 * `npm run audit:verify -- [--file <path>]`: checks the audit trail (default `DATA_DIR/audit.sqlite`; with
 * STATE_BACKEND=azure and no `--file`, the `audit` table of the configured Storage account) for
 * edited, deleted, reordered or truncated records and a forged head, using the head key (AUDIT_HEAD_KEY_FILE,
 * default `<file>.key`) and, when AUDIT_HEAD_ANCHOR is set, that the log reaches its externally anchored head
 * (a rolled-back or restored log fails).
 * Prints `audit log OK: N records, head <hash>` (naming the retention checkpoint the chain starts at, when
 * records were purged) and exits 0, or `audit log TAMPERED at record <seq>: <problem>`
 * (`TAMPERED: <problem>` when no record can be named) and exits 1. Exit 2 on bad usage or configuration, or
 * when there is no log at the path.
 */
import fs from 'node:fs';
import path from 'node:path';
import { FileHeadAnchor } from '../../skills/audit/HeadAnchor';
import { readKeyFile } from '../../skills/audit/headKey';
import { verifyAuditLog, type AuditVerification } from '../../skills/audit/verifyAuditLog';
import { verifyTableAuditLog } from '../../skills/audit/verifyTableAuditLog';
import { createCredential } from '../../host/azure/createCredential';
import { createStorageClients } from '../../host/azure/createStorageClients';
import { AUDIT_TABLE } from '../../host/composeAudit';
import { loadCliConfig } from './loadCliConfig';
import { runCliMain } from './runCliMain';

async function main(argv: string[]): Promise<number> {
  const flag = argv.indexOf('--file');
  const known = flag >= 0 ? 2 : 0;
  if (argv.includes('--help') || argv.length !== known || (flag >= 0 && !argv[flag + 1])) {
    console.error('usage: npm run audit:verify -- [--file <audit.sqlite>]');
    return 2;
  }
  const config = loadCliConfig();
  if (!config) return 2;
  const audit = config.audit;
  const file = flag >= 0 ? path.resolve(argv[flag + 1] as string) : path.join(config.dataDir, 'audit.sqlite');
  const azure = config.state.backend === 'azure' && flag < 0 ? config.state : undefined;
  if (!azure && !fs.existsSync(file)) {
    console.error(`no audit log at ${file}`);
    return 2;
  }
  const headKey = audit.key ?? (audit.keyFile ? readKeyFile(audit.keyFile) : undefined);
  if (audit.keyFile && !headKey) {
    console.error(`no audit head key at ${audit.keyFile} (AUDIT_HEAD_KEY_FILE)`);
    return 2;
  }
  const anchor = audit.anchorFile ? { anchor: new FileHeadAnchor(audit.anchorFile) } : {};
  let result: AuditVerification;
  if (azure) {
    // Config validation guarantees a shared key (AUDIT_HEAD_KEY or AUDIT_HEAD_KEY_FILE) with STATE_BACKEND=azure.
    const table = createStorageClients(azure, createCredential(config.entra)).table(AUDIT_TABLE);
    result = await verifyTableAuditLog(table, { headKey: headKey as string, ...anchor });
  } else {
    result = verifyAuditLog(file, { ...(headKey ? { headKey } : {}), ...anchor });
  }
  if (result.ok) {
    const checkpoint = result.checkpoint
      ? `, from the retention checkpoint at record ${result.checkpoint.seq} (records up to ${result.checkpoint.time} purged at ${result.checkpoint.purgedAt})`
      : '';
    console.log(`audit log OK: ${result.records} records${checkpoint}, head ${result.headHash}`);
    return 0;
  }
  const where = result.firstBadSeq === null ? '' : ` at record ${result.firstBadSeq}`;
  console.log(`audit log TAMPERED${where}: ${result.problem}`);
  return 1;
}

runCliMain(main);
