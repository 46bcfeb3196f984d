/**
 * Answer-quality benchmark: `npm run bench:qa -- <corpus-folder> <qa.jsonl> [--json] [--show] [--profile <yaml>]
 * [--groups]`.
 * The real path with no language model: every file of the corpus is ingested into a fresh embedded index
 * (readable by everyone), then each question is asked through the `ask_knowledge` skill as a user who reads
 * `everyone`. Prints retrieval hit@1/@3 (the ceiling: distinct documents the index itself ranks), answer
 * citation hit@1/@3, the share of answers quoting every answer key, the share of unanswerable questions
 * declined with no citation, errors and turn latency. `--json` adds one JSON line last; `--show` prints each
 * reply. `--profile` asks with an organisation profile (its glossary widens the search), default none; `--groups`
 * also prints the figures of each question-id prefix (`fr-01` -> `fr`). Format of the question file:
 * `../shared/data/qa/README.md`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { EVERYONE } from '../../knowledge/access/Principal';
import { loadOrganisationProfile } from '../../knowledge/profile/loadOrganisationProfile';
import { quantile } from './beirMetrics';
import { SqliteIndex } from '../../knowledge/index/SqliteIndex';
import { runIngest } from '../../knowledge/ingest/runIngest';
import type { DocumentSource } from '../../knowledge/sources/DocumentSource';
import { FolderSource } from '../../knowledge/sources/FolderSource';
import { askKnowledgeSkill } from '../../skills/knowledge/askKnowledgeSkill';
import { distinct, hitAt, parseQaJsonl, quotesEveryKey, type QaItem } from './qaScoring';

/**
 * A folder source whose every document is readable by everyone, its own access lists included (the bench
 * measures answers, not access; folder defaults alone would keep a document's own restrictions).
 */
function everyoneReads(root: string): DocumentSource {
  const folder = new FolderSource({ root });
  return {
    name: folder.name,
    async *list() {
      for await (const item of folder.list()) yield { ...item, meta: { ...item.meta, access: [EVERYONE] } };
    },
  };
}

interface Outcome {
  readonly item: QaItem;
  readonly retrieved: string[];
  readonly cited: string[];
  readonly text: string;
  readonly ms: number;
  readonly error?: string;
}

const pct = (n: number, of: number): number => (of === 0 ? 0 : Math.round((1000 * n) / of) / 10);

async function main(argv: string[]): Promise<void> {
  const profileAt = argv.indexOf('--profile');
  const profileFile = profileAt >= 0 ? argv[profileAt + 1] : undefined;
  const [corpus, questions] = argv.filter(
    (arg, i) => !arg.startsWith('--') && (profileAt < 0 || i !== profileAt + 1),
  );
  if (!corpus || !questions || (profileAt >= 0 && !profileFile)) {
    console.error(
      'usage: npm run bench:qa -- <corpus-folder> <qa.jsonl> [--json] [--show] [--profile <yaml>] [--groups]',
    );
    process.exit(2);
  }
  const profile = profileFile === undefined ? undefined : loadOrganisationProfile(profileFile);
  const items = parseQaJsonl(fs.readFileSync(questions, 'utf8'));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-qa-'));
  const index = new SqliteIndex({ file: path.join(dir, 'index.sqlite') });
  try {
    const started = performance.now();
    const summary = await runIngest({
      source: everyoneReads(corpus),
      index,
    });
    const ingestSeconds = (performance.now() - started) / 1000;
    const skill = askKnowledgeSkill({
      index,
      linkFor: (passage) => passage.docId,
      ...(profile ? { profile } : {}),
    });
    const user = { id: 'bench', principals: [EVERYONE] };
    const outcomes: Outcome[] = [];
    for (const item of items) {
      const retrieved = distinct(
        (await index.search(item.question, { principals: [EVERYONE], top: 30 })).map((p) => p.docId),
      );
      const t0 = performance.now();
      try {
        const result = await skill.handler({ question: item.question }, { user, surface: 'test' });
        const ms = performance.now() - t0;
        outcomes.push({
          item,
          retrieved,
          cited: [...(result.audit?.sourceIds ?? [])],
          text: result.text,
          ms,
        });
      } catch (error) {
        const ms = performance.now() - t0;
        const message = error instanceof Error ? error.message : String(error);
        outcomes.push({ item, retrieved, cited: [], text: '', ms, error: message });
      }
    }
    if (argv.includes('--show')) for (const o of outcomes) show(o);
    if (argv.includes('--groups')) {
      const prefixes = [...new Set(outcomes.map((o) => o.item.id.split('-')[0] ?? ''))];
      for (const prefix of prefixes) {
        const group = outcomes.filter((o) => (o.item.id.split('-')[0] ?? '') === prefix);
        console.log(`\n# ${prefix} (${group.length} questions)`);
        report(corpus, group.length, 0, 0, group, false, true);
      }
      console.log('\n# all');
    }
    report(
      corpus,
      summary.added + summary.updated + summary.unchanged,
      summary.failed.length,
      ingestSeconds,
      outcomes,
      argv.includes('--json'),
    );
  } finally {
    await index.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function show(o: Outcome): void {
  const ok = o.item.answerable
    ? `${hitAt(o.cited, o.item.gold, 3) ? 'CITE' : 'miss'} ${quotesEveryKey(o.text, o.item.answer_keys) ? 'KEYS' : 'nokeys'}`
    : o.cited.length === 0
      ? 'DECLINED'
      : 'answered';
  console.log(`\n## ${o.item.id} [${ok}] ${o.item.question}`);
  if (o.item.answerable)
    console.log(`gold: ${o.item.gold.join(', ')} | keys: ${o.item.answer_keys.join(' / ')}`);
  console.log(`retrieved: ${o.retrieved.slice(0, 3).join(', ')}`);
  console.log(`cited: ${o.cited.join(', ')}`);
  console.log(o.error ? `ERROR ${o.error}` : o.text.slice(0, 1200));
}

function report(
  corpus: string,
  documents: number,
  failed: number,
  ingestSeconds: number,
  outcomes: readonly Outcome[],
  json: boolean,
  quiet = false,
): void {
  const answerable = outcomes.filter((o) => o.item.answerable);
  const unanswerable = outcomes.filter((o) => !o.item.answerable);
  const count = (list: readonly Outcome[], test: (o: Outcome) => boolean) => list.filter(test).length;
  const share = (list: readonly Outcome[], test: (o: Outcome) => boolean) =>
    pct(count(list, test), list.length);
  // Key order is the documented `--json` order; retrievalHit1 is an extra, last.
  const figures = {
    answerable: answerable.length,
    retrievalHit3: share(answerable, (o) => hitAt(o.retrieved, o.item.gold, 3)),
    citationHit1: share(answerable, (o) => hitAt(o.cited, o.item.gold, 1)),
    citationHit3: share(answerable, (o) => hitAt(o.cited, o.item.gold, 3)),
    keysQuoted: share(answerable, (o) => quotesEveryKey(o.text, o.item.answer_keys)),
    unanswerable: unanswerable.length,
    declined: share(unanswerable, (o) => !o.error && o.cited.length === 0),
    errors: count(outcomes, (o) => o.error !== undefined),
    retrievalHit1: share(answerable, (o) => hitAt(o.retrieved, o.item.gold, 1)),
  };
  const ms = outcomes.map((o) => o.ms);
  if (!quiet)
    console.log(
      `corpus             ${corpus}: ${documents} documents (${failed} failed), ingest ${ingestSeconds.toFixed(1)} s`,
    );
  console.log(`questions          ${answerable.length} answerable, ${unanswerable.length} unanswerable`);
  console.log(`retrieval hit@1/3  ${figures.retrievalHit1}% / ${figures.retrievalHit3}%`);
  console.log(`citation hit@1/3   ${figures.citationHit1}% / ${figures.citationHit3}%`);
  console.log(`keys quoted        ${figures.keysQuoted}%`);
  console.log(`declined           ${figures.declined}% of unanswerable`);
  console.log(`errors             ${figures.errors}`);
  console.log(
    `turn latency       p50 ${quantile(ms, 0.5).toFixed(1)} ms, p95 ${quantile(ms, 0.95).toFixed(1)} ms`,
  );
  if (json) console.log(JSON.stringify(figures));
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
