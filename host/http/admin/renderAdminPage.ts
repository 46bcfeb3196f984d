import crypto from 'node:crypto';
import { escapeHtml } from '../markdown/escapeHtml';
import type { AdminData, DocLabel } from './collectAdminData';

const STYLE = [
  'body{font-family:system-ui,sans-serif;margin:1.5rem auto;max-width:72rem;padding:0 1rem;line-height:1.4;color:#222}',
  'h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:2rem;border-bottom:1px solid #ddd}h3{font-size:1rem}',
  'table{border-collapse:collapse;margin:.5rem 0;font-size:.9rem}th,td{border:1px solid #ccc;padding:.2rem .5rem;text-align:left;vertical-align:top}',
  'th{background:#f3f3f3}.num{text-align:right}.muted{color:#666;font-size:.85rem}',
  '.figures{display:flex;gap:1rem;flex-wrap:wrap}.figure{border:1px solid #ccc;padding:.5rem 1rem;min-width:8rem}',
  '.figure b{display:block;font-size:1.4rem}.ok{color:#0a6b0a}.bad{color:#b00020}nav a{margin-right:1rem}',
].join('');

/** `style-src` source of the page's one inline style (its SHA-256): no other style or script can run. */
export const ADMIN_STYLE_HASH = `'sha256-${crypto.createHash('sha256').update(STYLE).digest('base64')}'`;

/** The console's Content-Security-Policy: nothing loads or runs but the page's own style; no framing, no forms elsewhere. */
export const ADMIN_CSP = `default-src 'none'; style-src ${ADMIN_STYLE_HASH}; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;

const e = (value: string | number): string => escapeHtml(String(value));
const cell = (value: string | number, numeric = false) =>
  `<td${numeric ? ' class="num"' : ''}>${e(value)}</td>`;
const head = (...names: string[]) => `<tr>${names.map((n) => `<th>${e(n)}</th>`).join('')}</tr>`;
const figure = (id: string, label: string, value: string | number) =>
  `<div class="figure"><b data-figure="${e(id)}">${e(value)}</b>${e(label)}</div>`;
const table = (header: string, rows: string[], empty: string) =>
  rows.length === 0 ? `<p class="muted">${e(empty)}</p>` : `<table>${header}${rows.join('')}</table>`;
/** A document: its title and id when the viewer may read it, else the id only. */
const doc = (d: DocLabel) =>
  d.title === undefined
    ? `<span title="you may not read this document">${e(d.docId)} (not readable by you)</span>`
    : `${e(d.title)} <span class="muted">${e(d.docId)}</span>`;

/**
 * The admin console page: server-rendered HTML with no script, one inline style allowed by hash (`ADMIN_CSP`),
 * no external asset. Every value from the stores (questions, comments, answers, titles, ids) is escaped, so
 * data is shown as text and never runs or loads anything. Figures carry `data-figure` attributes.
 */
export function renderAdminPage(data: AdminData): string {
  const { sources, usage, feedback, gaps, citations, audit } = data;
  const runs = sources.runs.map(
    (run) =>
      `<tr>${cell(run.finishedAt)}${cell(run.source)}${cell(run.added, true)}${cell(run.updated, true)}${cell(run.unchanged, true)}${cell(run.deleted, true)}${cell(run.failedCount, true)}${cell(run.noAccessCount, true)}${cell(run.chunks, true)}${cell(run.seconds, true)}</tr>`,
  );
  const failures = sources.runs[0]?.failed ?? [];
  const counts = (rows: readonly { key: string; asked: number; answered: number; declined: number }[]) =>
    rows.map(
      (r) =>
        `<tr>${cell(r.key)}${cell(r.asked, true)}${cell(r.answered, true)}${cell(r.declined, true)}</tr>`,
    );
  const countHead = (first: string) => head(first, 'Questions', 'Answered', 'Declined');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="referrer" content="no-referrer">
<title>Admin console</title><style>${STYLE}</style></head><body>
<h1>Admin console</h1>
<p class="muted">Signed in as ${e(data.viewer.label)}. ${data.viewer.namesAllowed ? 'People are shown by name.' : 'People are shown as pseudonyms (a stable keyed hash); your role does not show names.'} Documents you may not read show their id only, and answers citing them are hidden. Generated ${e(data.generatedAt)}; questions of the last ${e(data.windowDays)} days.</p>
<nav><a href="#sources">Sources</a><a href="#usage">Usage</a><a href="#feedback">Feedback</a><a href="#gaps">Knowledge gaps</a><a href="#citations">Citations</a><a href="#audit">Audit trail</a></nav>

<section id="sources"><h2>Sources and ingest</h2>
<div class="figures">${figure('sources-documents', 'documents', sources.documents)}${figure('sources-chunks', 'chunks', sources.chunks)}${figure('sources-nobody', 'readable by nobody', sources.readableByNobody.length)}${figure('sources-failed', 'failed in the last run', sources.runs[0]?.failedCount ?? 0)}</div>
${sources.scanned < sources.documents ? `<p class="muted">Chunks and access counted over the first ${e(sources.scanned)} documents.</p>` : ''}
<h3>Last ingest runs</h3>
${table(head('Finished', 'Source', 'Added', 'Updated', 'Unchanged', 'Deleted', 'Failed', 'No access list', 'Chunks', 'Seconds'), runs, 'No ingest run is recorded in this data folder yet.')}
${
  failures.length > 0
    ? `<h3>Failures of the last run</h3>${table(
        head('Document', 'Error'),
        failures.map((f) => `<tr>${cell(f.docId)}${cell(f.error)}</tr>`),
        '',
      )}`
    : ''
}
<h3>Documents readable by nobody</h3>
${table(
  head('Document'),
  sources.readableByNobody.map((id) => `<tr>${cell(id)}</tr>`),
  'None: every document has an access list.',
)}
</section>

<section id="usage"><h2>Usage</h2>
<div class="figures">${figure('usage-asked', 'questions', usage.total.asked)}${figure('usage-answered', 'answered', usage.total.answered)}${figure('usage-declined', 'declined', usage.total.declined)}</div>
<h3>Questions per day</h3>${table(countHead('Day (UTC)'), counts(usage.perDay), 'No questions yet.')}
<h3>By surface</h3>${table(countHead('Surface'), counts(usage.bySurface), 'No questions yet.')}
<h3>By brand</h3>${table(countHead('Brand'), counts(usage.byBrand), 'No questions yet.')}
</section>

<section id="feedback"><h2>Feedback</h2>
<div class="figures">${figure('feedback-likes', 'thumbs up', feedback.likes)}${figure('feedback-dislikes', 'thumbs down', feedback.dislikes)}</div>
${table(
  head('When', 'Reaction', 'Comment', 'Person', 'Question', 'Answer', 'Sources'),
  feedback.rows.map(
    (row) =>
      `<tr data-feedback="${e(row.reaction)}">${cell(row.at)}${cell(row.reaction === 'like' ? 'thumbs up' : 'thumbs down')}${cell(row.comment)}${cell(row.person)}${cell(row.question)}<td>${row.answer === null ? '<span class="muted">hidden: cites a document you may not read</span>' : e(row.answer)}</td><td>${row.sources.map(doc).join('<br>')}</td></tr>`,
  ),
  'No feedback yet.',
)}
</section>

<section id="gaps"><h2>Knowledge gaps</h2>
<p class="muted">Declined questions and thumbs-down answers, grouped by the words they share, with the documents that came closest: what content owners could write or fix.</p>
<div class="figures">${figure('gaps-topics', 'topics', gaps.length)}</div>
${table(
  head('Topic', 'Declined', 'Thumbs down', 'Questions', 'Comments', 'Closest documents'),
  gaps.map(
    (g) =>
      `<tr data-gap="${e(g.topic)}">${cell(g.topic)}${cell(g.declined, true)}${cell(g.disliked, true)}<td>${g.questions.map(e).join('<br>')}</td><td>${g.comments.map(e).join('<br>')}</td><td>${g.closest.map((c) => `${doc(c)} (${e(c.items)})`).join('<br>')}</td></tr>`,
  ),
  'No gaps: nothing was declined or disliked.',
)}
</section>

<section id="citations"><h2>Most and never cited documents</h2>
<h3>Most cited</h3>${table(
    head('Document', 'Answers citing it'),
    citations.mostCited.map(
      (c) => `<tr data-cited="${e(c.docId)}"><td>${doc(c)}</td>${cell(c.answers, true)}</tr>`,
    ),
    'No answer cited a document yet.',
  )}
<h3>Never cited (<span data-figure="never-cited">${e(citations.neverCitedCount)}</span>)</h3>${table(
    head('Document'),
    citations.neverCited.map((c) => `<tr><td>${doc(c)}</td></tr>`),
    'Every document was cited.',
  )}
</section>

<section id="audit"><h2>Audit trail</h2>
<p>Verification: <b data-figure="audit-status" class="${audit.ok ? 'ok' : 'bad'}">${audit.ok ? 'intact' : 'FAILED'}</b>, <span data-figure="audit-records">${e(audit.records)}</span> records${audit.ok ? ` (hash chain and signed head checked${audit.checkpointSeq ? `, from the retention checkpoint at record ${e(audit.checkpointSeq)}` : ''}).` : `: ${e(audit.problem ?? '')}${audit.firstBadSeq ? ` (first bad record ${e(audit.firstBadSeq)})` : ''}`}</p>
<p>Export: <a href="/admin/audit.csv">CSV</a> <a href="/admin/audit.jsonl">JSON Lines</a>${data.viewer.namesAllowed ? '' : ' (people pseudonymised)'}</p>
${table(
  head('Seq', 'Time', 'Person', 'Surface', 'Skill', 'Action', 'Outcome'),
  audit.latest.map(
    (r) =>
      `<tr>${cell(r.seq, true)}${cell(r.time)}${cell(r.person)}${cell(r.surface)}${cell(r.skill)}${cell(r.action)}${cell(r.outcome)}</tr>`,
  ),
  'No records yet.',
)}
</section>
</body></html>`;
}
