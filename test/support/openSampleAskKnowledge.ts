import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LocalDirectory } from '../../knowledge/identity/LocalDirectory';
import { SqliteIndex } from '../../knowledge/index/SqliteIndex';
import { runIngest, type IngestSummary } from '../../knowledge/ingest/runIngest';
import { FolderSource } from '../../knowledge/sources/FolderSource';
import { askKnowledgeSkill } from '../../skills/knowledge/askKnowledgeSkill';
import { SkillRegistry } from '../../skills/SkillRegistry';

const SAMPLE = path.join(__dirname, '../../knowledge/sample');

/** `ask_knowledge` registered over a SQLite index of the bundled sample corpus, with the sample directory. */
export interface SampleAskKnowledge {
  readonly index: SqliteIndex;
  readonly directory: LocalDirectory;
  readonly registry: SkillRegistry;
  /** What the ingest of the sample corpus did (for the suite to check). */
  readonly summary: IngestSummary;
  /** Closes the index and removes its temporary folder. */
  close(): Promise<void>;
}

/**
 * Ingests the sample corpus into a SQLite index in a fresh temporary folder (`tmpPrefix…`) and registers
 * `ask_knowledge` over it; each cited passage links to `https://docs.test/<docId>`, recorded in `docIdByUrl`.
 */
export async function openSampleAskKnowledge(
  tmpPrefix: string,
  docIdByUrl: Map<string, string>,
): Promise<SampleAskKnowledge> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), tmpPrefix));
  const index = new SqliteIndex({ file: path.join(dir, 'index.sqlite') });
  const summary = await runIngest({ source: new FolderSource({ root: path.join(SAMPLE, 'corpus') }), index });
  const registry = new SkillRegistry().register(
    askKnowledgeSkill({
      index,
      linkFor: (passage) => {
        const url = `https://docs.test/${encodeURIComponent(passage.docId)}`;
        docIdByUrl.set(url, passage.docId);
        return url;
      },
    }),
  );
  return {
    index,
    directory: LocalDirectory.fromFile(path.join(SAMPLE, 'directory.yaml')),
    registry,
    summary,
    close: async () => {
      await index.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
