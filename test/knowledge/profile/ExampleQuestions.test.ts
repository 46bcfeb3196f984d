import assert from 'node:assert/strict';
import { ExampleQuestions, observeIndexChanges } from '../../../knowledge/profile/ExampleQuestions';
import type { IndexedDocument } from '../../../knowledge/index/IndexedDocument';
import type { KnowledgeIndex } from '../../../knowledge/index/KnowledgeIndex';

/** An in-memory index of document metadata: only what example derivation reads. */
function memoryIndex(): KnowledgeIndex & { docs: Map<string, { title: string; access: string[] }> } {
  const docs = new Map<string, { title: string; access: string[] }>();
  return {
    docs,
    upsert: async (doc: IndexedDocument) => {
      docs.set(doc.docId, { title: doc.title, access: [...doc.access] });
    },
    delete: async (docId) => {
      docs.delete(docId);
    },
    search: async () => [],
    getDocument: async (docId) => {
      const doc = docs.get(docId);
      return doc
        ? {
            docId,
            title: doc.title,
            url: '',
            access: doc.access,
            brand: 'group',
            language: 'en',
            modified: '',
            contentHash: 'h',
          }
        : undefined;
    },
    getChunks: async () => [],
    listHashes: async () => new Map([...docs.keys()].map((id) => [id, 'h'])),
    close: async () => {},
  };
}

const doc = (docId: string, title: string, access: string[]) =>
  ({
    docId,
    title,
    access,
    url: '',
    brand: 'group',
    language: 'en',
    modified: '',
    contentHash: 'h',
    chunks: [],
  }) as unknown as IndexedDocument;

describe('ExampleQuestions', () => {
  it('keeps the profile’s examples and never derives', async () => {
    const index = memoryIndex();
    await index.upsert(doc('a', 'Travel Policy', ['everyone']));
    const examples = new ExampleQuestions(index, ['Fixed?']);
    await examples.refresh();
    assert.deepEqual(examples.list, ['Fixed?']);
  });

  it('derives examples from public titles and follows index changes, in the same array', async () => {
    const backend = memoryIndex();
    const examples = new ExampleQuestions(backend, []);
    const list = examples.list;
    let refreshed = Promise.resolve();
    const index = observeIndexChanges(backend, () => {
      refreshed = examples.refresh();
    });
    await examples.refresh();
    assert.deepEqual(list, []);
    await index.upsert(doc('a', 'Travel Policy', ['everyone']));
    await index.upsert(doc('b', 'Salary Bands', ['group:hr']));
    await refreshed;
    await examples.refresh();
    assert.deepEqual(examples.list, ['What does “Travel Policy” say?']);
    assert.equal(examples.list, list);
    await index.delete('a');
    await refreshed;
    await examples.refresh();
    assert.deepEqual(list, []);
  });

  it('never derives when derivation is off (large remote indexes)', async () => {
    const index = memoryIndex();
    await index.upsert(doc('a', 'Travel Policy', ['everyone']));
    const examples = new ExampleQuestions(index, [], () => {}, false);
    await examples.refresh();
    assert.deepEqual(examples.list, []);
  });

  it('keeps the last list and reports a failing derivation', async () => {
    const errors: unknown[] = [];
    const index = { ...memoryIndex(), listHashes: async () => Promise.reject(new Error('down')) };
    const examples = new ExampleQuestions(index, [], (error) => errors.push(error));
    await examples.refresh();
    assert.deepEqual(examples.list, []);
    assert.equal(errors.length, 1);
  });

  it('keeps only the profile’s examples that get an answer over the index in use', async () => {
    const index = memoryIndex();
    const answerable = new Set(['Answered?', 'Also answered?']);
    const examples = new ExampleQuestions(
      index,
      ['Answered?', 'Unknown here?', 'Also answered?'],
      undefined,
      true,
      async (q) => answerable.has(q),
    );
    await examples.refresh();
    assert.deepEqual(examples.list, ['Answered?', 'Also answered?']);
  });

  it('falls back to checked examples derived from titles when no profile example is answered', async () => {
    const index = memoryIndex();
    for (const [id, title] of [
      ['a', 'Alpha'],
      ['b', 'Beta'],
      ['c', 'Gamma'],
      ['d', 'Delta'],
      ['e', 'Epsilon'],
    ])
      await index.upsert(doc(id, title, ['everyone']));
    const examples = new ExampleQuestions(
      index,
      ['Other corpus?'],
      undefined,
      true,
      async (q) => q.startsWith('What does') && !q.includes('Beta'),
    );
    await examples.refresh();
    assert.deepEqual(examples.list, [
      'What does “Alpha” say?',
      'What does “Gamma” say?',
      'What does “Delta” say?',
    ]);
  });

  it('shows nothing rather than an example that gets no answer', async () => {
    const index = memoryIndex();
    await index.upsert(doc('a', 'Alpha', ['everyone']));
    const examples = new ExampleQuestions(index, ['Other corpus?'], undefined, true, async () => false);
    await examples.refresh();
    assert.deepEqual(examples.list, []);
  });
});
