import assert from 'node:assert/strict';
import path from 'node:path';
import { runIngest } from '../../knowledge/ingest/runIngest';
import { documentBrandsOf } from '../../knowledge/profile/brandForPlace';
import { loadOrganisationProfile } from '../../knowledge/profile/loadOrganisationProfile';
import { FolderSource } from '../../knowledge/sources/FolderSource';
import type { KnowledgeIndex } from '../../knowledge/index/KnowledgeIndex';
import { askKnowledgeSkill } from '../../skills/knowledge/askKnowledgeSkill';
import { SkillRegistry } from '../../skills/SkillRegistry';
import type { FakeAzureSearch } from '../support/fakeAzureSearch';
import { embeddedSqliteIndex, loopbackAzureSearchIndex } from './support/indexBackends';
import { brandQuestions, sampleDocuments, type SampleDocument } from './support/brandMatrix';

const SAMPLE = path.join(__dirname, '../../knowledge/sample');
const profile = loadOrganisationProfile(path.join(SAMPLE, 'organisation.yaml'));

type Backend = {
  name: string;
  create(): Promise<{ index: KnowledgeIndex; fake?: FakeAzureSearch; stop(): Promise<void> }>;
};
const BACKENDS: Backend[] = [
  { name: 'embedded SQLite', create: async () => embeddedSqliteIndex('brand-') },
  { name: 'Azure AI Search (SDK against the loopback service)', create: () => loopbackAzureSearchIndex() },
];

/**
 * Brand isolation inside retrieval (issue 14, scope 1): the sample corpus in each index backend, every brand
 * of the sample profile x questions aimed at every brand's documents, asked by a reader of every document.
 * With a brand's document brands set, not one passage and not one citation may come from another brand's
 * document; without, the same questions do reach other brands (so the check bites).
 */
for (const backend of BACKENDS) {
  describe(`brand isolation in retrieval: ${backend.name}`, function () {
    this.timeout(240_000);
    let index: KnowledgeIndex;
    let fake: FakeAzureSearch | undefined;
    let stop: () => Promise<void>;
    let docs: Map<string, SampleDocument>;

    before(async () => {
      ({ index, fake, stop } = await backend.create());
      await runIngest({ source: new FolderSource({ root: path.join(SAMPLE, 'corpus') }), index });
      docs = await sampleDocuments(index);
    });
    after(async () => {
      await stop?.();
    });

    it('cites only the brand’s and group-wide documents: brands x questions, 0 outside the allowed set', async () => {
      const principals = [...new Set([...docs.values()].flatMap((doc) => doc.access))];
      const registry = new SkillRegistry().register(
        askKnowledgeSkill({ index, linkFor: (passage) => passage.docId, profile }),
      );
      const questions = brandQuestions([...docs.values()]);
      const totals = { turns: 0, passages: 0, citations: 0, outside: 0, unscopedOutside: 0 };
      const violations: string[] = [];
      for (const brand of profile.brands) {
        const allowed = new Set(documentBrandsOf(brand));
        const outside = (docId: string) => !allowed.has(docs.get(docId)?.brand ?? '?');
        for (const question of questions) {
          totals.turns += 1;
          const passages = await index.search(question, { principals, brands: [...allowed], top: 30 });
          totals.passages += passages.length;
          for (const passage of passages.filter((p) => outside(p.docId)))
            violations.push(`${brand.id}: "${question}" -> passage of ${passage.docId}`);
          const unscoped = await index.search(question, { principals, top: 30 });
          totals.unscopedOutside += unscoped.filter((p) => outside(p.docId)).length;
          const result = await registry.get('ask_knowledge')!.invoke(
            { question },
            {
              user: { id: 'brand-auditor', principals, brands: [...allowed] },
              brand: { id: brand.id, name: brand.name },
              surface: 'test',
            },
          );
          totals.citations += result.citations.length;
          for (const citation of result.citations.filter((c) => outside(c.url)))
            violations.push(`${brand.id}: "${question}" -> cited ${citation.url}`);
        }
      }
      totals.outside = violations.length;
      console.log(
        `      ${backend.name}: ${profile.brands.length} brands x ${questions.length} questions = ${totals.turns} turns; ` +
          `${totals.passages} passages and ${totals.citations} citations checked, ${totals.outside} outside the brand's set ` +
          `(unscoped, the same searches returned ${totals.unscopedOutside} passages of other brands)`,
      );
      assert.ok(totals.unscopedOutside > 0, 'the questions must reach other brands without isolation');
      assert.ok(totals.citations > profile.brands.length * 5, 'brand places still get answers');
      assert.deepEqual(violations, []);
    });

    it('filters inside the query: the best in-brand passage comes back even when other brands rank above it', async () => {
      const principals = [...new Set([...docs.values()].flatMap((doc) => doc.access))];
      let checked = 0;
      for (const brand of profile.brands) {
        const allowed = documentBrandsOf(brand);
        for (const other of profile.brands.filter((b) => b.id !== brand.id)) {
          const target = [...docs.values()].find((doc) => doc.brand === other.id);
          if (!target) continue;
          // The other brand's own title ranks its document first without isolation ...
          const unscoped = await index.search(target.title, { principals, top: 1 });
          assert.equal(docs.get(unscoped[0]?.docId ?? '')?.brand, other.id, target.title);
          // ... and with it, top 1 is still filled from the allowed set (a post-filter would return nothing).
          const scoped = await index.search(target.title, { principals, brands: allowed, top: 1 });
          assert.equal(scoped.length, 1, `${brand.id}: "${target.title}" returned nothing`);
          assert.ok(allowed.includes(scoped[0]!.brand), `${brand.id} got ${scoped[0]!.docId}`);
          checked += 1;
        }
      }
      assert.ok(checked >= 12, `only ${checked} pairs`);
      if (fake) {
        const filters = fake.requests
          .map((req) => (req.body as { filter?: string } | undefined)?.filter ?? '')
          .filter((filter) => filter.includes('search.in(brand'));
        assert.ok(filters.length >= checked, 'the brand filter is sent to the service in $filter');
      }
    });

    it('an empty brand list admits nothing', async () => {
      const principals = [...new Set([...docs.values()].flatMap((doc) => doc.access))];
      assert.deepEqual(await index.search('brand guidelines logo', { principals, brands: [] }), []);
    });
  });
}
