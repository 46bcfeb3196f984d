import assert from 'node:assert/strict';
import { canRead } from '../../knowledge/access/AccessList';
import { createGraphClient } from '../../knowledge/graph/createGraphClient';
import { GraphDirectory } from '../../knowledge/identity/GraphDirectory';
import { OpenAIEmbeddingModel } from '../../knowledge/embeddings/OpenAIEmbeddingModel';
import type { KnowledgeIndex } from '../../knowledge/index/KnowledgeIndex';
import { askKnowledgeSkill } from '../../skills/knowledge/askKnowledgeSkill';
import { SkillRegistry } from '../../skills/SkillRegistry';
import { generateAclFixture, prng } from '../support/aclFixture';
import { startFakeGraph, staticTokenCredential, type FakeGraph } from '../support/fakeGraph';
import { startFakeOpenAI } from '../support/fakeOpenAI';
import { cardText } from '../support/cardText';
import { embeddedSqliteIndex, loopbackAzureSearchIndex } from './support/indexBackends';

const USERS = 60;
const DOCS = 1200;
const FORBIDDEN_QUESTIONS_PER_USER = 10;
const PERMITTED_QUESTIONS_PER_USER = 3;

const fixture = generateAclFixture({ users: USERS, docs: DOCS });
const byId = new Map(fixture.docs.map((doc) => [doc.docId, doc]));

type Backend = { name: string; create(): Promise<{ index: KnowledgeIndex; stop(): Promise<void> }> };
const BACKENDS: Backend[] = [
  { name: 'embedded SQLite', create: async () => embeddedSqliteIndex('acl-') },
  { name: 'Azure AI Search (SDK against the loopback service)', create: () => loopbackAzureSearchIndex() },
  {
    name: 'Azure AI Search with vectors (hybrid queries, embeddings from the loopback OpenAI)',
    create: async () => {
      const openai = await startFakeOpenAI({ embeddingDimensions: 64 });
      const { index, fake } = await loopbackAzureSearchIndex({
        vectorDimensions: 64,
        embeddings: new OpenAIEmbeddingModel({
          provider: 'openai',
          model: 'text-embedding-3-small',
          apiKey: openai.apiKey,
          baseUrl: openai.baseUrl,
          dimensions: 64,
          timeoutMs: 10_000,
          maxRetries: 0,
        }),
      });
      return {
        index,
        stop: async () => {
          const hybrid = fake.requests.filter(
            (req) => (req.body as { vectorQueries?: unknown })?.vectorQueries,
          );
          assert.ok(hybrid.length > 0, 'the queries must have been hybrid');
          await fake.stop();
          await openai.stop();
        },
      };
    },
  },
];

for (const backend of BACKENDS) {
  describe(`access-control matrix: ${backend.name}`, function () {
    this.timeout(240_000);
    let graph: FakeGraph;
    let directory: GraphDirectory;
    let index: KnowledgeIndex;
    let stop: () => Promise<void>;

    before(async () => {
      graph = await startFakeGraph();
      for (const [userId, groups] of fixture.users) graph.setUser(userId, { groups });
      const credential = staticTokenCredential(graph.token);
      directory = new GraphDirectory({
        client: createGraphClient({ credential, baseUrl: graph.baseUrl }),
        baseUrl: graph.baseUrl,
      });
      ({ index, stop } = await backend.create());
      for (const doc of fixture.docs) await index.upsert(doc);
    });
    after(async () => {
      await stop();
      await graph.stop();
    });

    it(`leaks nothing to ${USERS} users asking about documents they may not read, and still finds what they may`, async () => {
      const registry = new SkillRegistry().register(
        askKnowledgeSkill({ index, linkFor: (passage) => passage.docId }),
      );
      const random = prng(7);
      const totals = {
        questions: 0,
        forbiddenPassages: 0,
        forbiddenCitations: 0,
        canariesLeaked: 0,
        permittedAsked: 0,
        permittedFound: 0,
      };
      const leaks: string[] = [];
      let maxGroups = 0;
      for (const userId of fixture.users.keys()) {
        const principals = await directory.principalsFor(userId);
        maxGroups = Math.max(maxGroups, principals.filter((p) => p.startsWith('group:')).length);
        const readable = fixture.docs.filter((doc) => canRead(doc.access, principals));
        const forbidden = fixture.docs.filter((doc) => !canRead(doc.access, principals));
        const targets = [
          ...Array.from({ length: FORBIDDEN_QUESTIONS_PER_USER }, () => ({
            doc: forbidden[Math.floor(random() * forbidden.length)],
            permitted: false,
          })),
          ...Array.from({ length: PERMITTED_QUESTIONS_PER_USER }, () => ({
            doc: readable[Math.floor(random() * readable.length)],
            permitted: true,
          })),
        ];
        for (const { doc, permitted } of targets) {
          if (!doc) continue;
          const question = `What is the measured value in finding ${doc.marker} about ${doc.topic}?`;
          totals.questions += 1;
          const passages = await index.search(question, { principals, top: 20 });
          for (const passage of passages) {
            const source = byId.get(passage.docId);
            if (!source || !canRead(source.access, principals)) {
              totals.forbiddenPassages += 1;
              leaks.push(`${userId} got passage of ${passage.docId}`);
            }
          }
          const result = await registry
            .get('ask_knowledge')!
            .invoke({ question }, { user: { id: userId, principals }, surface: 'test' });
          const shown = `${cardText(result.card)}\n${result.text}`;
          for (const citation of result.citations) {
            const source = byId.get(citation.url);
            if (!source || !canRead(source.access, principals)) {
              totals.forbiddenCitations += 1;
              leaks.push(`${userId} was cited ${citation.url}`);
            }
          }
          for (const other of forbidden) {
            if (shown.includes(other.canary)) {
              totals.canariesLeaked += 1;
              leaks.push(`${userId} saw the canary of ${other.docId}`);
            }
          }
          if (permitted) {
            totals.permittedAsked += 1;
            if (result.citations.some((c) => c.url === doc.docId) && shown.includes(doc.canary))
              totals.permittedFound += 1;
          }
        }
      }
      console.log(
        `      ${backend.name}: ${fixture.users.size} users (up to ${maxGroups} groups each), ${fixture.docs.length} documents, ` +
          `${totals.questions} questions: forbidden passages ${totals.forbiddenPassages}, forbidden citations ${totals.forbiddenCitations}, ` +
          `canaries leaked ${totals.canariesLeaked}; permitted documents found ${totals.permittedFound}/${totals.permittedAsked}`,
      );
      assert.ok(maxGroups > 200, `some users must be in more than 200 groups (max ${maxGroups})`);
      assert.deepEqual(leaks, []);
      assert.equal(totals.forbiddenPassages + totals.forbiddenCitations + totals.canariesLeaked, 0);
      assert.equal(totals.permittedFound, totals.permittedAsked, 'permitted relevant documents are found');
    });
  });
}
