import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { runIngest } from '../../../knowledge/ingest/runIngest';
import {
  formatSourceFolderChange,
  SourceFolderMarker,
  SOURCE_FOLDER_FILE,
} from '../../../knowledge/ingest/SourceFolderMarker';
import { FolderSource } from '../../../knowledge/sources/FolderSource';
import { useTempIndex } from '../../support/useTempIndex';
import { writeFileIn } from '../../support/writeFileIn';

describe('SourceFolderMarker', () => {
  const temp = useTempIndex('source-marker-');
  const folder = (name: string, files: string[]): string => {
    const dir = path.join(temp.dir, name);
    for (const file of files) {
      writeFileIn(dir, file, `---\naccess: [everyone]\n---\n# ${file}\n\nText of ${file}.`);
    }
    return dir;
  };
  const marker = () => new SourceFolderMarker({ dataDir: path.join(temp.dir, 'data'), indexKey: 'embedded' });
  const ingest = async (dir: string) => {
    const source = new FolderSource({ root: dir });
    const change = await marker().change(dir, source, temp.index);
    const summary = await runIngest({ source, index: temp.index });
    await marker().record(dir);
    return { change, summary };
  };

  it('says nothing on the first ingest or when the folder is the same', async () => {
    const a = folder('a', ['one.md', 'two.md']);
    assert.equal((await ingest(a)).change, undefined);
    assert.equal((await ingest(a)).change, undefined);
    assert.equal(await marker().previous(), a);
    assert.ok(fs.existsSync(path.join(temp.dir, 'data', SOURCE_FOLDER_FILE)));
  });

  it("counts the previous folder's documents before the ingest removes them", async () => {
    const a = folder('a', ['one.md', 'two.md', 'sub/three.md']);
    const b = folder('b', ['other.md']);
    await ingest(a);
    const { change, summary } = await ingest(b);
    assert.deepEqual(change, { previous: a, current: b, indexed: 3, removed: 3 });
    assert.equal(summary.deleted, 3);
    assert.equal(
      formatSourceFolderChange(change),
      `Source folder changed from ${a} to ${b}: the previous folder's 3 documents are removed from the index.`,
    );
    assert.equal(await marker().previous(), b);
  });

  it('tells removed documents from ones with the same path in the new folder', async () => {
    const a = folder('a', ['one.md', 'two.md']);
    const b = folder('b', ['one.md']);
    await ingest(a);
    const { change } = await ingest(b);
    assert.ok(change);
    assert.equal(change.removed, 1);
    assert.match(
      formatSourceFolderChange(change),
      /1 of the previous folder's 2 documents is removed .*the other 1/,
    );
  });

  it('keeps one marker per index key', async () => {
    const other = new SourceFolderMarker({ dataDir: path.join(temp.dir, 'data'), indexKey: 'azure:x/y' });
    await marker().record('/docs/a');
    await other.record('/docs/b');
    assert.equal(await marker().previous(), path.resolve('/docs/a'));
    assert.equal(await other.previous(), path.resolve('/docs/b'));
  });
});
