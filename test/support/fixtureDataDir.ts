import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeFixtureCorpus } from './botFixture';

/** A temporary data folder holding the fixture corpus and directory, and the app's environment over it. */
export interface FixtureDataDir {
  readonly dataDir: string;
  /** `DATA_DIR` (the folder), `DIRECTORY_FILE` (the fixture directory) and `PLAYGROUND` off. */
  readonly env: { readonly DATA_DIR: string; readonly DIRECTORY_FILE: string; readonly PLAYGROUND: 'off' };
}

/** A fresh temporary folder named from `prefix` with the fixture corpus and directory written in it. */
export function fixtureDataDir(prefix: string): FixtureDataDir {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const { directory } = writeFixtureCorpus(dataDir);
  return { dataDir, env: { DATA_DIR: dataDir, DIRECTORY_FILE: directory, PLAYGROUND: 'off' } };
}
