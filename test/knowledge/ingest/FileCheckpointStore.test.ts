import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FileCheckpointStore } from '../../../knowledge/ingest/FileCheckpointStore';

describe('FileCheckpointStore', () => {
  let dir: string;
  beforeEach(() => {
    dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'checkpoints-')), 'state');
  });
  afterEach(() => fs.rmSync(path.dirname(dir), { recursive: true, force: true }));

  it('has nothing for an unknown source', async () =>
    assert.equal(await new FileCheckpointStore({ dir }).get('graph'), undefined));
  it('keeps checkpoints across instances (on disk)', async () => {
    await new FileCheckpointStore({ dir }).set('graph', 'cp-1');
    assert.equal(await new FileCheckpointStore({ dir }).get('graph'), 'cp-1');
  });
  it('keeps sources apart', async () => {
    const store = new FileCheckpointStore({ dir });
    await Promise.all([store.set('a', '1'), store.set('b', '2'), store.set('a', '3')]);
    assert.deepEqual([await store.get('a'), await store.get('b')], ['3', '2']);
  });
  it('leaves no temporary files behind', async () => {
    const store = new FileCheckpointStore({ dir });
    await store.set('graph', 'x');
    await store.set('graph', 'y');
    assert.deepEqual(fs.readdirSync(dir), ['checkpoints.json']);
  });
  it('replaces the file rather than rewriting it in place', async () => {
    const store = new FileCheckpointStore({ dir });
    await store.set('graph', 'x');
    const before = fs.statSync(store.file).ino;
    await store.set('graph', 'y');
    assert.notEqual(fs.statSync(store.file).ino, before);
  });
  it('refuses a corrupt file instead of restarting from scratch', async () => {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'checkpoints.json'), '[1, 2]');
    await assert.rejects(new FileCheckpointStore({ dir }).get('graph'), /not a JSON object/);
  });
});
