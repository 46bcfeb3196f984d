import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LocalDirectory } from '../../../knowledge/identity/LocalDirectory';
import { SqliteIndex } from '../../../knowledge/index/SqliteIndex';
import { runIngest } from '../../../knowledge/ingest/runIngest';
import { FolderSource } from '../../../knowledge/sources/FolderSource';
import type { Passage } from '../../../knowledge/index/Passage';
import type { SkillUser } from '../../../skills/SkillDescriptor';

const SAMPLE = path.join(__dirname, '../../../knowledge/sample');

export const ALEX = '00000000-0000-0000-0000-0000000000020';
export const MEGAN = '00000000-0000-0000-0000-0000000000021';
export const PATTI = '00000000-0000-0000-0000-0000000000024';

/** A real SQLite index (temp file) over the bundled sample corpus, plus the sample directory. */
export interface SampleIndex {
  readonly dir: string;
  readonly index: SqliteIndex;
  readonly directory: LocalDirectory;
  user(id: string): Promise<SkillUser>;
  /** The report skills' search dep: trimmed to the user's principals, brand as a filter. */
  search(query: string, user: SkillUser, brand?: string): Promise<Passage[]>;
  close(): Promise<void>;
}

export async function openSampleIndex(): Promise<SampleIndex> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reports-sample-'));
  const index = new SqliteIndex({ file: path.join(dir, 'index.sqlite') });
  const summary = await runIngest({ source: new FolderSource({ root: path.join(SAMPLE, 'corpus') }), index });
  assert.deepEqual(summary.failed, [], 'every sample document ingests');
  const directory = LocalDirectory.fromFile(path.join(SAMPLE, 'directory.yaml'));
  return {
    dir,
    index,
    directory,
    user: async (id) => ({
      id,
      name: await directory.displayName(id),
      principals: await directory.principalsFor(id),
    }),
    search: (query, user, brand) =>
      index.search(query, { principals: user.principals, top: 8, ...(brand ? { filters: { brand } } : {}) }),
    close: async () => {
      await index.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Every statement of a report (summary first), for property checks. */
export function allStatements(report: {
  summary: { text: string; citations: number[] }[];
  sections: { findings: { text: string; citations: number[] }[] }[];
}): { text: string; citations: number[] }[] {
  return [...report.summary, ...report.sections.flatMap((s) => s.findings)];
}

/** Whitespace-collapsed text; a statement ending in "…" is compared without it. */
export const collapse = (text: string): string => text.replace(/\s+/gu, ' ').trim();
export const stem = (statement: string): string => statement.replace(/…$/u, '');
