import assert from 'node:assert/strict';
import path from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import type { GraphPermission } from '../../../knowledge/graph/graphTypes';
import { FileCheckpointStore } from '../../../knowledge/ingest/FileCheckpointStore';
import { runChangeFeedIngest } from '../../../knowledge/ingest/runChangeFeedIngest';
import { runIngest } from '../../../knowledge/ingest/runIngest';
import { FolderSource } from '../../../knowledge/sources/FolderSource';
import { GraphDriveSource } from '../../../knowledge/sources/GraphDriveSource';
import { UNREADABLE_LABEL } from '../../../knowledge/sources/graph/readSensitivityLabel';
import { fakeGraphConnection, startFakeGraph, type FakeGraph } from '../../support/fakeGraph';
import { useTempIndex } from '../../support/useTempIndex';
import { writeFileIn } from '../../support/writeFileIn';

const CONFIDENTIAL_GUID = '2f1a0b9e-0000-4000-8000-00000000c0f1';
const orgLink: GraphPermission = {
  id: 'link-1',
  roles: ['read'],
  link: { scope: 'organization', type: 'view', webUrl: 'https://example.sharepoint.com/:w:/s/docs/E1' },
};

describe('sensitivity labels at ingest', () => {
  const temp = useTempIndex('labels-');
  const labelOf = async (docId: string) => (await temp.index.getDocument(docId))?.sensitivityLabel;

  describe('folder source', () => {
    const write = (name: string, text: string) => writeFileIn(path.join(temp.dir, 'corpus'), name, text);
    beforeEach(async () => {
      write('_folder.meta.yaml', 'access: [everyone]\n');
      write('open.md', '# Open\n\nNo label here.');
      write('own.md', '---\nsensitivityLabel: Confidential\n---\n# Own\n\nLabelled in front matter.');
      write('hr/_folder.meta.yaml', 'sensitivityLabel: highly-confidential\n');
      write('hr/pay.md', '# Pay\n\nInherits the folder label.');
      write('hr/public.md', '---\nsensitivityLabel: general\n---\n# Public\n\nOverrides the folder label.');
      write('hr/side.txt', 'A sidecar label.');
      write('hr/side.txt.meta.yaml', 'sensitivityLabel: internal\n');
      await runIngest({
        source: new FolderSource({ root: path.join(temp.dir, 'corpus') }),
        index: temp.index,
      });
    });

    const cases: [string, string, string | undefined][] = [
      ['no label anywhere: none', 'open.md', undefined],
      ['front matter', 'own.md', 'Confidential'],
      ['a folder default', 'hr/pay.md', 'highly-confidential'],
      ['front matter overrides the folder default', 'hr/public.md', 'general'],
      ['a sidecar overrides the folder default', 'hr/side.txt', 'internal'],
    ];
    for (const [name, docId, expected] of cases) {
      it(`${name}: ${docId}`, async () => assert.equal(await labelOf(docId), expected));
    }
    it('carries the label onto search passages', async () => {
      const [hit] = await temp.index.search('inherits folder label', { principals: ['everyone'] });
      assert.equal(hit?.docId, 'hr/pay.md');
      assert.equal(hit?.sensitivityLabel, 'highly-confidential');
    });
  });

  describe('Graph drive (extractSensitivityLabels)', () => {
    let fake: FakeGraph;
    const docx = (text: string) =>
      Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph(text)] }] }));
    const ingest = (fakeGraph: FakeGraph) =>
      runChangeFeedIngest({
        source: new GraphDriveSource({
          ...fakeGraphConnection(fakeGraph),
          drives: [{ driveId: 'd1' }],
          retry: { sleep: async () => undefined },
        }),
        index: temp.index,
        checkpoints: new FileCheckpointStore({ dir: path.join(temp.dir, 'state') }),
      });

    beforeEach(async () => {
      fake = await startFakeGraph();
      fake.addDrive('d1');
      fake.putItem('d1', {
        id: 'plan',
        name: 'Plan.docx',
        content: await docx('The launch plan is confidential.'),
        permissions: [orgLink],
        sensitivityLabel: CONFIDENTIAL_GUID,
      });
      fake.putItem('d1', {
        id: 'memo',
        name: 'Memo.docx',
        content: await docx('An unlabelled memo.'),
        permissions: [orgLink],
      });
      fake.putItem('d1', {
        id: 'note',
        name: 'Note.md',
        content: '# Note\n\nMarkdown files carry no label.',
        permissions: [orgLink],
      });
    });
    afterEach(() => fake.stop());

    it('stores the label id Graph reports, none for an unlabelled file, and asks only for labelled types', async () => {
      const summary = await ingest(fake);
      assert.equal(summary.failed.length, 0, JSON.stringify(summary.failed));
      assert.equal(await labelOf('graph:d1:plan'), CONFIDENTIAL_GUID);
      assert.equal(await labelOf('graph:d1:memo'), undefined);
      assert.equal(await labelOf('graph:d1:note'), undefined);
      const asked = fake.requests.filter((r) => r.url.endsWith('/extractSensitivityLabels'));
      assert.deepEqual(asked.map((r) => [r.method, r.url.split('/')[5]]).sort(), [
        ['POST', 'memo'],
        ['POST', 'plan'],
      ]);
    });
    it('re-indexes a file whose label changed', async () => {
      await ingest(fake);
      fake.putItem('d1', { id: 'memo', sensitivityLabel: CONFIDENTIAL_GUID });
      const summary = await ingest(fake);
      assert.equal(summary.updated, 1);
      assert.equal(await labelOf('graph:d1:memo'), CONFIDENTIAL_GUID);
    });
    it('fails closed when the label cannot be read (a client error): the most restrictive', async () => {
      fake.script(/\/items\/plan\/extractSensitivityLabels$/, { status: 403 });
      await ingest(fake);
      assert.equal(await labelOf('graph:d1:plan'), UNREADABLE_LABEL);
    });
  });
});
