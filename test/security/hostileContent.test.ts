import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import {
  MAX_CARD_BYTES,
  cardBytes,
  expandTemplate,
  renderAnswerCard,
  renderNoAnswerCard,
  type AdaptiveCard,
} from '../../adaptive-cards';
import {
  renderKnowledgeResultCard,
  renderKnowledgeResultPreview,
} from '../../adaptive-cards/messageExtensions';
import {
  renderReportExportedCard,
  renderReportPreviewCard,
  type ReportCardReport,
} from '../../adaptive-cards/reports';
import {
  renderTicketFormCard,
  renderTicketListCard,
  renderTicketStatusCard,
  type TicketView,
} from '../../adaptive-cards/tickets';
import type { Report } from '../../skills/reports/Report';
import { renderReportDocx } from '../../skills/reports/renderReportDocx';
import { renderReportMarkdown } from '../../skills/reports/renderReportMarkdown';
import type { SkillResult } from '../../skills/SkillDescriptor';
import { toSkillApiResponse } from '../../skills/surfaces/SkillApiResponse';
import { allObjects, allStrings } from '../adaptive-cards/cardWalk';
import { validateCard } from '../adaptive-cards/validateCard';
import { HOSTILE_STRINGS, unsafeIn } from './support/hostileStrings';

/** The tenant's SharePoint host and the bot's own: the only link targets any output may carry. */
const SHAREPOINT = 'https://tenant.sharepoint.com/sites/docs/Standard.docx';
const OWN = 'https://bot.example.com/docs?d=doc-1&s=sig';
const ALLOWED = [new URL(SHAREPOINT).host, new URL(OWN).host];
const TOKEN = 'tok_0123456789abcdefABCDEF';

const ticket = (t: string): TicketView => ({
  id: 42,
  title: t,
  description: t,
  category: 'it',
  priority: 'normal',
  component: t,
  status: 'new',
  requesterId: 'user-1',
  requesterName: t,
  createdAt: '2026-01-01T00:00:00Z',
});
const cardReport = (t: string): ReportCardReport => ({
  id: 'rpt-1',
  title: t,
  topic: t,
  period: t,
  audience: 'internal',
  createdAt: '2026-01-01T00:00:00Z',
  summary: [{ text: t, citations: [1] }],
  sections: [{ heading: t, findings: [{ text: t, citations: [1, 2] }] }],
  openQuestions: [t],
  sources: [
    { n: 1, title: t, url: SHAREPOINT },
    { n: 2, title: t, url: OWN },
  ],
  writtenBy: t,
});
const report = (t: string): Report => ({
  ...cardReport(t),
  audience: 'internal',
  authorId: 'user-1',
  writtenBy: t,
  sources: [
    { n: 1, docId: 'doc-1', title: t, url: OWN, sourceUrl: SHAREPOINT },
    { n: 2, docId: 'doc-2', title: t, url: OWN },
  ],
});
const skillResult = (t: string): SkillResult => ({
  card: renderNoAnswerCard({ question: 'q', reason: 'r', suggestions: [] }),
  text: `${t} [1]\n${t} [2]`,
  aiGenerated: true,
  citations: [
    { n: 1, title: t, url: SHAREPOINT, heading: t, snippet: t },
    { n: 2, title: t, url: `javascript:alert(1)//${t.slice(0, 50)}`, heading: t, snippet: t },
  ],
  confirmation: { skill: 'file_ticket', token: TOKEN, expiresAt: '2026-01-01T00:00:00Z', summary: t },
});

/** Every Teams and message-extension card, with the hostile text in every untrusted field. */
const CARDS: readonly (readonly [string, (t: string) => unknown])[] = [
  [
    'answer card',
    (t) =>
      renderAnswerCard({
        question: t,
        statements: [{ text: t, citations: [1, 2] }],
        citations: [
          { n: 1, title: t, url: SHAREPOINT, heading: t, snippet: t, brand: t },
          { n: 2, title: t, url: 'javascript:alert(1)', heading: t, snippet: t },
        ],
        aiGenerated: true,
        footnote: t,
      }),
  ],
  ['no-answer card', (t) => renderNoAnswerCard({ question: t, reason: t, suggestions: [t] })],
  [
    'ticket form card',
    (t) =>
      renderTicketFormCard({
        draft: { title: t, description: t, category: 'it', priority: 'normal', component: t },
        token: TOKEN,
        skill: 'file_ticket',
        notice: t,
      }),
  ],
  ['ticket status card', (t) => renderTicketStatusCard(ticket(t))],
  ['ticket list card', (t) => renderTicketListCard([ticket(t), ticket(t)])],
  [
    'report preview card',
    (t) => renderReportPreviewCard({ report: cardReport(t), exportToken: TOKEN, notice: t }),
  ],
  [
    // The approver's card: the approve/reject decision with a comment input, and the status line.
    'report approval card',
    (t) =>
      renderReportPreviewCard({
        report: cardReport(t),
        approveToken: TOKEN,
        status: t,
        statusColor: 'Accent',
        notice: t,
      }),
  ],
  [
    'report waiting-for-approval card',
    (t) =>
      renderReportPreviewCard({
        report: cardReport(t),
        status: t,
        statusColor: 'Attention',
        regenerate: true,
      }),
  ],
  [
    'report exported card',
    (t) => renderReportExportedCard({ report: cardReport(t), links: { docx: OWN, markdown: OWN } }),
  ],
  [
    'message-extension card',
    (t) => renderKnowledgeResultCard({ title: t, section: t, snippet: t, url: SHAREPOINT, brand: t }),
  ],
  [
    'message-extension preview',
    (t) => renderKnowledgeResultPreview({ title: t, section: t, snippet: t, url: SHAREPOINT, brand: t }),
  ],
];

/** The Copilot response templates of every plugin operation (appPackage/ai-plugin.json). */
const PLUGIN = JSON.parse(
  fs.readFileSync(path.join(__dirname, '../../appPackage/ai-plugin.json'), 'utf8'),
) as {
  functions: { name: string; capabilities?: { response_semantics?: { static_template?: object } } }[];
};
const TEMPLATES = [
  ...new Map(
    PLUGIN.functions.flatMap((f) =>
      f.capabilities?.response_semantics?.static_template
        ? [[JSON.stringify(f.capabilities.response_semantics.static_template), f.name] as const]
        : [],
    ),
  ),
].map(([template, name]) => [name, JSON.parse(template) as object] as const);

const shape = (value: unknown): string =>
  [...new Set(allObjects(value).map((o) => String(o.type ?? '')))].sort().join(',');
const urls = (value: unknown): string[] =>
  allObjects(value).flatMap((o) =>
    ['url', 'iconUrl', 'backgroundImage'].flatMap((key) =>
      typeof o[key] === 'string' ? [o[key] as string] : [],
    ),
  );

/** Every violation in one rendered output (an Adaptive Card, thumbnail, or plain JSON). */
function violations(output: unknown, baselineShape: string, isCard: boolean): string[] {
  const found: string[] = [];
  if (shape(output) !== baselineShape) found.push(`structure ${shape(output)}`);
  if (isCard) {
    found.push(...validateCard(output).map((e) => `invalid card: ${e}`));
    if (cardBytes(output as AdaptiveCard) > MAX_CARD_BYTES) found.push('over the card budget');
  }
  if (allObjects(output).some((o) => /^Image/.test(String(o.type)) || 'backgroundImage' in o))
    found.push('image');
  for (const url of urls(output))
    if (url !== '' && (!URL.canParse(url) || !ALLOWED.includes(new URL(url).host)))
      found.push(`url ${url.slice(0, 60)}`);
  const linked = new Set(urls(output));
  // Not rendered: what an input holds (plain, editable text) and what an action sends back to the bot.
  const unrendered = new Set(
    allObjects(output).flatMap((o) => [
      ...(String(o.type).startsWith('Input.') && typeof o.value === 'string' ? [o.value] : []),
      ...allStrings(o.data),
    ]),
  );
  for (const text of allStrings(output)) {
    if (unrendered.has(text)) continue;
    if (linked.has(text) || text === 'http://adaptivecards.io/schemas/adaptive-card.json') continue;
    found.push(...unsafeIn(text, ALLOWED));
  }
  return found;
}

/**
 * Suite 3 (hostile content): at least 200 hostile strings (template and formatter expressions, JSON
 * metacharacters, markdown links and images, javascript:/data: URLs, bidi and zero-width characters, controls,
 * 100 KB strings) as document titles, passages, user names and model output, through every outbound surface:
 * Teams cards (answer, no answer, ticket form/status/list, report preview/exported), message-extension cards,
 * the plugin API's JSON and every Copilot response template, and exported reports (.md, .docx). Each output:
 * structure unchanged, valid, within budget, no evaluated expression, no image, no link outside the tenant's
 * SharePoint host and the bot's own, no linkable URL in text.
 */
describe('hostile content through every outbound surface', function () {
  this.timeout(120_000);
  const counted = new Map<string, number>();
  const count = (surface: string) => counted.set(surface, (counted.get(surface) ?? 0) + 1);
  after(() =>
    console.log(
      `      hostile content: ${HOSTILE_STRINGS.length} strings; ${[...counted].map(([s, n]) => `${s} ${n}`).join(', ')}; 0 violations`,
    ),
  );

  it(`uses at least 200 hostile strings (${HOSTILE_STRINGS.length})`, () => {
    assert.ok(HOSTILE_STRINGS.length >= 200);
    assert.ok(HOSTILE_STRINGS.some((h) => h.text.length >= 100_000));
  });

  for (const [surface, render] of CARDS) {
    it(`${surface}: structure unchanged, no expression, image or foreign link`, () => {
      const baseline = shape(render('benign text'));
      const failures: string[] = [];
      for (const { kind, text } of HOSTILE_STRINGS) {
        const problems = violations(render(text), baseline, surface !== 'message-extension preview');
        if (problems.length > 0)
          failures.push(`${kind} ${JSON.stringify(text.slice(0, 60))}: ${problems.slice(0, 3).join('; ')}`);
        count(surface);
      }
      assert.deepEqual(failures.slice(0, 10), []);
    });
  }

  it('plugin API JSON and every Copilot response template', () => {
    const baselineJson = shape(toSkillApiResponse('ask_knowledge', skillResult('benign text')));
    const failures: string[] = [];
    for (const { kind, text } of HOSTILE_STRINGS) {
      const json = toSkillApiResponse('ask_knowledge', skillResult(text));
      const wire = JSON.parse(JSON.stringify(json)) as object;
      const problems = violations(wire, baselineJson, false);
      count('plugin JSON');
      for (const [name, template] of TEMPLATES) {
        const baseline = shape(
          expandTemplate(
            template,
            JSON.parse(JSON.stringify(toSkillApiResponse(name, skillResult('benign text')))) as object,
          ),
        );
        problems.push(
          ...violations(expandTemplate(template, wire), baseline, true).map((p) => `${name}: ${p}`),
        );
        count('response template');
      }
      if (problems.length > 0)
        failures.push(`${kind} ${JSON.stringify(text.slice(0, 60))}: ${problems.slice(0, 3).join('; ')}`);
    }
    assert.ok(TEMPLATES.length > 0, 'the plugin has response templates');
    assert.deepEqual(failures.slice(0, 10), []);
  });

  it('exported reports: Markdown and Word', async () => {
    const failures: string[] = [];
    for (const { kind, text } of HOSTILE_STRINGS) {
      const markdown = renderReportMarkdown(report(text));
      const problems = markdown.split('\n').flatMap((line) => unsafeIn(line, ALLOWED));
      count('report .md');
      const zip = await JSZip.loadAsync(await renderReportDocx(report(text)));
      const documentXml = (await zip.file('word/document.xml')?.async('string')) ?? '';
      const rels = (await zip.file('word/_rels/document.xml.rels')?.async('string')) ?? '';
      if (/<w:drawing|<v:imagedata|<w:pict/.test(documentXml)) problems.push('docx image');
      for (const [, target] of rels.matchAll(/Target="([^"]*)"\s+TargetMode="External"/g))
        if (!ALLOWED.includes(new URL((target ?? '').replace(/&amp;/g, '&')).host))
          problems.push(`docx link ${target}`);
      // Word shows run text as typed (no markup, no autolinking on open): only hyperlinks and images count.
      count('report .docx');
      if (problems.length > 0)
        failures.push(`${kind} ${JSON.stringify(text.slice(0, 60))}: ${problems.slice(0, 3).join('; ')}`);
    }
    assert.deepEqual(failures.slice(0, 10), []);
  });
});
