import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LocalDirectory } from '../../../knowledge/identity/LocalDirectory';

describe('LocalDirectory', () => {
  const directory = new LocalDirectory({
    users: [
      { id: 'alex', name: 'Alex', groups: ['eng-chassis'] },
      { id: 'cyc', groups: ['a'] },
    ],
    groups: [
      { id: 'engineering', members: ['eng-chassis', 'eng-powertrain'] },
      { id: 'all-staff-eng', members: ['engineering'] },
      { id: 'a', members: ['b'] },
      { id: 'b', members: ['a'] },
    ],
  });
  it('resolves transitive groups', async () => {
    assert.deepEqual(await directory.principalsFor('alex'), [
      'user:alex',
      'everyone',
      'group:all-staff-eng',
      'group:eng-chassis',
      'group:engineering',
    ]);
  });
  it('tolerates cycles', async () =>
    assert.deepEqual(await directory.principalsFor('cyc'), ['user:cyc', 'everyone', 'group:a', 'group:b']));
  it('gives unknown users only themselves and everyone', async () =>
    assert.deepEqual(await directory.principalsFor('stranger'), ['user:stranger', 'everyone']));
  it('gives malformed ids nothing', async () =>
    assert.deepEqual(await directory.principalsFor('bad id<>'), []));
  it('knows display names', async () => assert.equal(await directory.displayName('alex'), 'Alex'));
  it('reports every bad field of a file', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dir-')), 'd.yaml');
    fs.writeFileSync(file, 'users:\n  - id: "bad id"\n    groups: [ok, "bad group"]\n');
    assert.throws(() => LocalDirectory.fromFile(file), /users\.0\.id.*users\.0\.groups\.1/s);
  });
  it('reads the bundled sample directory', async () => {
    const sample = LocalDirectory.fromFile(path.join(__dirname, '../../../knowledge/sample/directory.yaml'));
    const alex = await sample.principalsFor('00000000-0000-0000-0000-0000000000020');
    assert.ok(alex.includes('group:brand-aurex'));
    assert.ok(!alex.includes('group:brand-velora'));
  });
});
