import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { signDocumentLink } from '../knowledge/access/documentLink';
import { LocalDirectory } from '../knowledge/identity/LocalDirectory';
import { SqliteIndex } from '../knowledge/index/SqliteIndex';
import type { Directory, KnowledgeIndex } from '../knowledge/types';
import { askKnowledgeSkill } from '../skills/knowledge/askKnowledgeSkill';
import { SkillRegistry } from '../skills/SkillRegistry';
import type { AppConfig } from './config/loadConfig';
import { createLogger, type Logger } from './log/createLogger';

/** Everything the bot's surfaces need, built once from the validated config. */
export interface Services {
  readonly config: AppConfig;
  readonly log: Logger;
  readonly index: KnowledgeIndex;
  readonly directory: Directory;
  readonly registry: SkillRegistry;
  /** Secret for signed document-viewer links. */
  readonly linkSecret: string;
  close(): Promise<void>;
}

/** Path of the embedded index file under `DATA_DIR`. */
export const indexFile = (config: AppConfig): string => path.join(config.dataDir, 'index.sqlite');

/**
 * The composition root: the only place that picks implementations. Today: embedded SQLite index and the
 * local directory file; cloud backends plug in here, selected by config.
 */
export function compose(config: AppConfig, overrides: { log?: Logger } = {}): Services {
  const log = overrides.log ?? createLogger(config.logLevel);
  fs.mkdirSync(config.dataDir, { recursive: true });
  const index = new SqliteIndex({ file: indexFile(config) });
  const directory = LocalDirectory.fromFile(config.directoryFile);
  const linkSecret = config.linkSigningSecret ?? readOrCreateSecret(path.join(config.dataDir, 'link-secret'));
  const viewerUrl = `${config.publicBaseUrl}/docs`;
  const registry = new SkillRegistry().register(
    askKnowledgeSkill({
      index,
      linkFor: (passage, user) =>
        passage.url ||
        signDocumentLink(
          { secret: linkSecret, viewerUrl },
          { docId: passage.docId, userId: user.id, anchor: passage.chunkId },
        ),
    }),
  );
  return { config, log, index, directory, registry, linkSecret, close: () => index.close() };
}

/** Reads a persisted random secret, creating it (mode 0600) on first use, so links survive restarts. */
function readOrCreateSecret(file: string): string {
  if (fs.existsSync(file)) {
    const existing = fs.readFileSync(file, 'utf8').trim();
    if (existing.length >= 32) return existing;
  }
  const secret = crypto.randomBytes(32).toString('base64url');
  fs.writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
