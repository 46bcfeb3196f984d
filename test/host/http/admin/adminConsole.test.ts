import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { ADMIN_CSP } from '../../../../host/http/admin/renderAdminPage';
import { ingestRun } from '../../../../knowledge/ingest/IngestRunLog';
import { runIngest } from '../../../../knowledge/ingest/runIngest';
import { FolderSource } from '../../../../knowledge/sources/FolderSource';
import { exportAuditLog } from '../../../../skills/audit/exportAuditLog';
import { ADMIN_COUNT_FIGURES } from '../../../support/adminFigures';
import { ALEX, MEGAN, messageActivity, startFixtureBot } from '../../../support/botFixture';
import { startFakeConnector } from '../../../support/fakeConnector';
import { postSkill } from '../../../support/postActivity';

type Json = Record<string, unknown>;

/**
 * The admin console over a real bot (local mode, loopback HTTP): the test asks questions in Teams (through the
 * Bot Connector stand-in, so answers have message ids) and through the Copilot plugin API, gives feedback,
 * ingests a document nobody may read, then checks every panel's figures against what it did.
 */
describe('admin console: every panel against what the test did', function () {
  this.timeout(120_000);
  let fixture: Awaited<ReturnType<typeof startFixtureBot>>;
  let connector: Awaited<ReturnType<typeof startFakeConnector>>;
  const HOSTILE = 'Where is the <script>alert(1)</script> visitor parking?';

  before(async () => {
    connector = await startFakeConnector();
    fixture = await startFixtureBot();
    const { services } = fixture.bot;
    // A document without an access list, then an ingest run recorded as the CLI records it.
    const corpus = path.join(fixture.root, 'corpus');
    fs.writeFileSync(
      path.join(corpus, 'secret.md'),
      '# Salary bands\n\nThe salary bands are confidential.\n',
    );
    const summary = await runIngest({ source: new FolderSource({ root: corpus }), index: services.index });
    await services.ingestRuns.append(ingestRun(summary, corpus, 0.4, new Date()));

    // Teams: Alex asks 3 questions (2 answered, 1 declined), Megan asks 1 (declined, same topic).
    const answered1 = await ask('What is the pass criterion for the brake fade test?', ALEX);
    const answered2 = await ask('How many stops does the brake fade test make?', ALEX);
    await ask(HOSTILE, ALEX);
    await ask('Is there visitor parking at night?', MEGAN);
    // Copilot: one answered question.
    const plugin = await postSkill(fixture.baseUrl, 'ask_knowledge', {
      question: 'What deceleration must the tenth stop of the brake fade test reach?',
    });
    assert.equal(plugin.status, 200);
    // Feedback: a thumbs down with a comment on the first answer, a thumbs up on the second.
    await feedback(answered1, 'dislike', '{"feedbackText":"Missing the pedal force"}');
    await feedback(answered2, 'like', '');
  });
  after(async () => {
    await fixture.stop();
    await connector.stop();
  });

  /** Sends a question through the connector path; returns the id the connector gave the bot's reply. */
  async function ask(text: string, userId: string): Promise<string> {
    const activity: Record<string, unknown> = {
      ...messageActivity(text, userId),
      deliveryMode: undefined,
      serviceUrl: connector.serviceUrl,
    };
    const response = await fetch(`${fixture.baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
    });
    assert.equal(response.status, 200);
    const reply = await connector.waitFor((a) => a.replyToId === activity.id && Array.isArray(a.attachments));
    return `reply-${connector.received.indexOf(reply) + 1}`;
  }
  async function feedback(replyToId: string, reaction: 'like' | 'dislike', text: string): Promise<void> {
    const response = await fetch(`${fixture.baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        ...messageActivity('', ALEX),
        type: 'invoke',
        name: 'message/submitAction',
        text: undefined,
        deliveryMode: undefined,
        serviceUrl: connector.serviceUrl,
        replyToId,
        value: { actionName: 'feedback', actionValue: { reaction, feedback: text } },
      }),
    });
    assert.equal(response.status, 200);
  }
  const panel = async (name: string): Promise<Json> => {
    const response = await fetch(`${fixture.baseUrl}/admin/api/${name}`);
    assert.equal(response.status, 200);
    return (await response.json()) as Json;
  };

  it('usage: 5 questions, 3 answered and 2 declined, by day, surface and brand', async () => {
    const usage = await panel('usage');
    assert.deepEqual(usage.total, { key: 'total', asked: 5, answered: 3, declined: 2 });
    assert.deepEqual(usage.bySurface, [
      { key: 'teams', asked: 4, answered: 2, declined: 2 },
      { key: 'copilot', asked: 1, answered: 1, declined: 0 },
    ]);
    const today = new Date().toISOString().slice(0, 10);
    assert.deepEqual(usage.perDay, [{ key: today, asked: 5, answered: 3, declined: 2 }]);
    const brands = usage.byBrand as { key: string; asked: number }[];
    assert.equal(
      brands.reduce((n, b) => n + b.asked, 0),
      5,
    );
  });

  it('feedback: one thumbs down with its comment, question and answer; one thumbs up; people pseudonymised', async () => {
    const data = await panel('feedback');
    assert.deepEqual([data.likes, data.dislikes], [1, 1]);
    const rows = data.rows as Json[];
    const down = rows.find((r) => r.reaction === 'dislike');
    assert.equal(down?.comment, 'Missing the pedal force');
    assert.equal(down?.question, 'What is the pass criterion for the brake fade test?');
    assert.match(String(down?.answer), /6\.0 m\/s²/);
    assert.deepEqual(down?.sources, [{ docId: 'brake-fade.md', title: 'Brake Fade Test Standard' }]);
    assert.match(String(down?.person), /^person-[0-9a-f]{10}$/);
    assert.doesNotMatch(JSON.stringify(data), new RegExp(ALEX));
  });

  it('knowledge gaps: the two declined parking questions form one topic', async () => {
    const gaps = (await panel('gaps')) as unknown as {
      topic: string;
      declined: number;
      questions: string[];
    }[];
    const parking = gaps.find((g) => g.questions.includes('Is there visitor parking at night?'));
    assert.ok(parking, JSON.stringify(gaps));
    assert.equal(parking.declined, 2);
    assert.match(parking.topic, /visitor|parking/);
    assert.ok(parking.questions.includes(HOSTILE));
  });

  it('citations: the brake document cited by the 3 answers; the others never', async () => {
    const citations = await panel('citations');
    assert.deepEqual(citations.mostCited, [
      { docId: 'brake-fade.md', title: 'Brake Fade Test Standard', answers: 3 },
    ]);
    // The viewer (the local user, Alex) may not read either: ids only, no titles.
    assert.deepEqual(citations.neverCited, [{ docId: 'secret.md' }, { docId: 'torrente.md' }]);
    assert.equal(citations.neverCitedCount, 2);
  });

  it('sources: 3 documents, their chunks, the one readable by nobody, the recorded run', async () => {
    const sources = await panel('sources');
    assert.equal(sources.documents, 3);
    assert.equal(sources.chunks, 3);
    assert.deepEqual(sources.readableByNobody, ['secret.md']);
    const [run] = sources.runs as Json[];
    assert.deepEqual([run?.added, run?.unchanged, run?.noAccessCount, run?.failedCount], [1, 2, 1, 0]);
  });

  it('audit: verified intact, with as many records as the log holds', async () => {
    const audit = await panel('audit');
    const lines = await exported(fixture.bot.services.auditFile ?? assert.fail('the embedded audit file'));
    assert.equal(audit.ok, true);
    assert.equal(audit.records, lines.length);
    assert.equal((audit.latest as Json[])[0]?.seq, lines.length);
  });

  it('exports the audit trail as JSON Lines and CSV, record for record, people pseudonymised', async () => {
    const lines = await exported(fixture.bot.services.auditFile ?? assert.fail('the embedded audit file'));
    const jsonl = await fetch(`${fixture.baseUrl}/admin/audit.jsonl`);
    assert.equal(jsonl.headers.get('x-audit-pseudonymised'), 'true');
    const exportedLines = (await jsonl.text()).split('\n').filter(Boolean);
    assert.equal(exportedLines.length, lines.length);
    exportedLines.forEach((line, i) => {
      const original = JSON.parse(lines[i] ?? '{}') as { actor: Json; hash: string; action: string };
      const shown = JSON.parse(line) as { actor: Json; hash: string; action: string };
      assert.deepEqual([shown.hash, shown.action], [original.hash, original.action]);
      assert.match(String(shown.actor.userId), /^person-[0-9a-f]{10}$/);
    });
    const csv = (await (await fetch(`${fixture.baseUrl}/admin/audit.csv`)).text()).trimEnd().split('\r\n');
    assert.match(csv[0] ?? '', /^seq,time,person,/);
    assert.equal(csv.length, lines.length + 1);
    const firstHash = (JSON.parse(lines[0] ?? '{}') as { hash: string }).hash;
    assert.ok(csv[1]?.startsWith('"1","'), csv[1]);
    assert.ok(csv[1]?.includes(`"${firstHash}"`));
  });

  it('serves the page with a strict CSP, every figure, and hostile text made inert', async () => {
    const response = await fetch(`${fixture.baseUrl}/admin`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-security-policy'), ADMIN_CSP);
    assert.doesNotMatch(ADMIN_CSP, /unsafe|script-src/);
    const html = await response.text();
    const figure = (id: string) => new RegExp(`data-figure="${id}"[^>]*>([^<]*)<`).exec(html)?.[1];
    assert.deepEqual([...ADMIN_COUNT_FIGURES, 'audit-status'].map(figure), [
      '5',
      '3',
      '2',
      '1',
      '1',
      '3',
      '1',
      'intact',
    ]);
    assert.doesNotMatch(html, /<script/i);
    assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    assert.doesNotMatch(html, /https?:\/\/(?!127\.0\.0\.1)[^"\s<]*\.(?:js|css)/);
  });

  it('answers anything else under /admin with 404, and other methods with 405', async () => {
    assert.equal((await fetch(`${fixture.baseUrl}/admin/api/secrets`)).status, 404);
    assert.equal((await fetch(`${fixture.baseUrl}/admin/../admin/x`)).status, 404);
    const post = await fetch(`${fixture.baseUrl}/admin`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    assert.equal(post.status, 405);
  });
});

describe('admin console: an admin whose role shows names', function () {
  this.timeout(60_000);
  let fixture: Awaited<ReturnType<typeof startFixtureBot>>;
  before(async () => {
    // The local user (Alex) is in eng-chassis: that group may see names.
    fixture = await startFixtureBot({ env: { ADMIN_NAMES_GROUP_ID: 'eng-chassis' } });
    await fetch(`${fixture.baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(messageActivity('What is the pass criterion for the brake fade test?', ALEX)),
    });
  });
  after(() => fixture.stop());

  it('exports the audit trail as stored, byte for byte, so its hash chain can be re-checked', async () => {
    const lines = await exported(fixture.bot.services.auditFile ?? assert.fail('the embedded audit file'));
    const response = await fetch(`${fixture.baseUrl}/admin/audit.jsonl`);
    assert.equal(response.headers.get('x-audit-pseudonymised'), null);
    assert.equal(await response.text(), lines.map((line) => `${line}\n`).join(''));
  });

  it('shows people by name on the page', async () => {
    const html = await (await fetch(`${fixture.baseUrl}/admin`)).text();
    assert.match(html, /People are shown by name/);
    assert.match(html, new RegExp(`Alex Wilber \\(${ALEX}\\)`));
  });
});

/** The audit log's lines as `audit:export` writes them. */
async function exported(file: string): Promise<string[]> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  await exportAuditLog(file, out);
  return Buffer.concat(chunks).toString('utf8').split('\n').filter(Boolean);
}
