import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FolderSource } from '../../../knowledge/sources/FolderSource';
import { writeFileIn } from '../../support/writeFileIn';

describe('FolderSource', () => {
  let root: string;
  const write = (name: string, text = 'x') => writeFileIn(root, name, text);
  const list = async (source = new FolderSource({ root })) => {
    const items = [];
    for await (const item of source.list()) items.push(item);
    return items;
  };

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'folder-source-'));
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('lists every markdown extension, and no metadata files', async () => {
    for (const name of ['a.md', 'b.mdx', 'c.markdown', 'd.mdown', 'e.mkd', 'f.MDX', 'g.txt']) write(name);
    write('_folder.meta.yaml', 'brand: x');
    write('sub/_folder.meta.yaml', 'brand: y');
    write('a.md.meta.yaml', 'access: [everyone]');
    write('h.xyz');
    assert.deepEqual(
      (await list()).map((item) => item.docId),
      ['a.md', 'b.mdx', 'c.markdown', 'd.mdown', 'e.mkd', 'f.MDX', 'g.txt'],
    );
  });

  it('reads each item with its sidecar and inherited defaults', async () => {
    write('_folder.meta.yaml', 'access: [group:all]\nbrand: x');
    write('sub/_folder.meta.yaml', 'brand: y');
    write('sub/doc.md', '# Doc');
    write('sub/doc.md.meta.yaml', 'language: de');
    const [item] = await list(new FolderSource({ root, defaultAccess: ['everyone'] }));
    const content = await item?.read();
    assert.equal(content?.sidecar, 'language: de');
    assert.deepEqual(content?.defaults?.values, { access: ['group:all'], brand: 'y' });
  });

  it('gives only the default access when there are no folder files', async () => {
    write('doc.md', '# Doc');
    const [item] = await list(new FolderSource({ root, defaultAccess: ['everyone'] }));
    assert.deepEqual((await item?.read())?.defaults?.values, { access: ['everyone'] });
  });
});
