import assert from 'node:assert/strict';
import { buildDocument, itemHash } from '../../../knowledge/ingest/buildDocument';
import type { SourceItem } from '../../../knowledge/sources/DocumentSource';

const item = (extra: Partial<SourceItem> = {}): SourceItem => ({
  docId: 'graph:d:1',
  fileName: 'spec.md',
  modified: '2026-01-01T00:00:00Z',
  url: 'https://contoso.sharepoint.com/spec.md',
  version: 'ctag-1',
  meta: { access: ['group:eng'], title: 'Spec' },
  read: async () => ({ bytes: Buffer.from('# Spec\n\nTorque is 140 Nm.') }),
  ...extra,
});

describe('buildDocument', () => {
  it('carries when the permissions were read, normalised to UTC', async () => {
    const doc = await buildDocument(
      item({ permissionsReadAt: '2026-11-27T10:00:00+01:00' }),
      await item().read(),
      'h',
      [],
    );
    assert.equal(doc.permissionsReadAt, '2026-11-27T09:00:00.000Z');
    assert.deepEqual(doc.access, ['group:eng']);
  });
  it('leaves it out when unknown or unparseable', async () => {
    assert.equal((await buildDocument(item(), await item().read(), 'h', [])).permissionsReadAt, undefined);
    assert.equal(
      (await buildDocument(item({ permissionsReadAt: 'yesterday' }), await item().read(), 'h', []))
        .permissionsReadAt,
      undefined,
    );
  });
  it('keeps it out of the content hash', () => {
    assert.equal(
      itemHash(item({ permissionsReadAt: '2026-01-01T00:00:00Z' })),
      itemHash(item({ permissionsReadAt: '2026-02-01T00:00:00Z' })),
    );
  });
  it('changes the hash when the access list changes', () => {
    assert.notEqual(itemHash(item()), itemHash(item({ meta: { access: ['everyone'], title: 'Spec' } })));
  });
});
