import assert from 'node:assert/strict';
import { MAX_CARD_BYTES, cardBytes } from '../../../adaptive-cards';
import {
  type ReportCardReport,
  renderReportExportedCard,
  renderReportPreviewCard,
} from '../../../adaptive-cards/reports';
import { allObjects, markdownLinkTargets, ofType, revealLookalikes, visibleText } from '../cardWalk';
import { fixtureReport } from '../../skills/reports/reportFixture';
import { validateCard } from '../validateCard';

/** The fixture report with `sections` sections of `findings` findings each, citing sources 1 and 2 in turn. */
function report(text = 'Fade test', sections = 2, findings = 2): ReportCardReport {
  return fixtureReport(text, {
    sections: Array.from({ length: sections }, (_v, s) => ({
      heading: `Section ${s + 1} ${text}`,
      findings: Array.from({ length: findings }, (_w, f) => ({
        text: `Finding ${s + 1}.${f + 1} about ${text}.`,
        citations: [1 + ((s + f) % 2)],
      })),
    })),
    sources: [
      { n: 1, docId: 'd1', title: `Doc ${text}`, url: 'https://docs.test/d1' },
      { n: 2, docId: 'd2', title: 'Brake standard', url: 'javascript:alert(1)' },
    ],
  });
}

const actions = (card: unknown) => ofType(card, 'Action.Execute');

describe('renderReportPreviewCard', () => {
  const card = renderReportPreviewCard({ report: report(), exportToken: 'tok-123' });
  const text = visibleText(card);

  it('is a valid card', () => assert.deepEqual(validateCard(card), []));
  const shown = [
    'Report: Fade test',
    'Internal report',
    'Brand: Brava · Period: 2025 Q3 · Drafted 2026-03-01',
    'Summary',
    'Summary about Fade test. [1]',
    'Section 2 Fade test',
    'Finding 2.1 about Fade test. [2]',
    'Open questions',
    '• No documents you can access cover Fade test risks.',
    '[1] [Doc Fade test](https://docs.test/d1)',
    '[2] Brake standard',
  ];
  for (const line of shown)
    it(`shows ${JSON.stringify(line)}`, () => assert.ok(text.split('\n').includes(line), text));
  it('ignores a token that is not url-safe base64', () =>
    assert.deepEqual(
      actions(renderReportPreviewCard({ report: report(), exportToken: 'a b' })).map((a) => a.title),
      ['Regenerate'],
    ));
  it('has Export, Regenerate and Discard buttons', () =>
    assert.deepEqual(
      actions(card).map((a) => [a.title, a.verb]),
      [
        ['Export', 'confirm'],
        ['Regenerate', 'invoke'],
        ['Discard', 'cancel'],
      ],
    ));
  it('sends the token with Export and Discard', () =>
    assert.deepEqual(
      [actions(card)[0]?.data, actions(card)[2]?.data],
      [
        { skill: 'export_report', token: 'tok-123' },
        { skill: 'export_report', token: 'tok-123' },
      ],
    ));
  it('sends the draft parameters with Regenerate', () =>
    assert.deepEqual(actions(card)[1]?.data, {
      skill: 'draft_report',
      topic: 'Fade test',
      brand: 'brava',
      period: '2025 Q3',
      audience: 'internal',
    }));
  it('has the changes input', () =>
    assert.deepEqual(
      ofType(card, 'Input.Text').map((i) => [i.id, i.maxLength]),
      [['changes', 500]],
    ));
  it('uses the given skill names', () => {
    const named = renderReportPreviewCard({
      report: report(),
      exportToken: 't',
      skills: { draft: 'd2', export: 'e2' },
    });
    assert.deepEqual(
      actions(named).map((a) => (a.data as { skill: string }).skill),
      ['e2', 'd2', 'e2'],
    );
  });
  it('offers only Regenerate without a token, and shows the notice', () => {
    const blocked = renderReportPreviewCard({ report: report(), notice: 'Export needs a second approver.' });
    assert.deepEqual(
      actions(blocked).map((a) => a.title),
      ['Regenerate'],
    );
    assert.ok(visibleText(blocked).includes('Export needs a second approver.'));
    assert.deepEqual(validateCard(blocked), []);
  });
  it('gives the approver Approve and export and Reject with a comment, and nothing to edit', () => {
    const approval = renderReportPreviewCard({
      report: { ...report(), audience: 'customer' },
      approveToken: 'tok-9',
      exportToken: 'ignored',
      status: 'Alex asks you to approve this customer report.',
    });
    assert.deepEqual(
      actions(approval).map((a) => [a.title, a.verb, a.data]),
      [
        ['Approve and export', 'confirm', { skill: 'export_report', token: 'tok-9', decision: 'approve' }],
        ['Reject', 'confirm', { skill: 'export_report', token: 'tok-9', decision: 'reject' }],
      ],
    );
    assert.deepEqual(
      ofType(approval, 'Input.Text').map((i) => [i.id, i.maxLength]),
      [['comment', 500]],
    );
    assert.match(visibleText(approval), /Alex asks you to approve/);
    assert.match(visibleText(approval), /Customer report · export needs a second approver/);
    assert.deepEqual(validateCard(approval), []);
  });
  it('shows a status line and can leave Regenerate out', () => {
    const waiting = renderReportPreviewCard({
      report: report(),
      status: 'Waiting for approval from Megan Bowen.',
      regenerate: false,
    });
    assert.deepEqual(actions(waiting), []);
    assert.deepEqual(ofType(waiting, 'Input.Text'), []);
    assert.match(visibleText(waiting), /Waiting for approval from Megan Bowen\./);
    assert.deepEqual(validateCard(waiting), []);
  });
  it('keeps a 40-section report within the budget and says it was shortened', () => {
    const big = report('x'.repeat(400), 40, 6);
    big.sources = Array.from({ length: 40 }, (_v, i) => ({
      n: i + 1,
      title: 'T'.repeat(300),
      url: `https://docs.test/${'p'.repeat(1900)}${i}`,
    }));
    const fitted = renderReportPreviewCard({ report: big, exportToken: 't'.repeat(43) });
    assert.ok(cardBytes(fitted) <= MAX_CARD_BYTES, `${cardBytes(fitted)} bytes`);
    assert.deepEqual(validateCard(fitted), []);
    assert.match(visibleText(fitted), /Preview shortened: \d+ of 240 findings in \d+ of 40 sections shown/);
    assert.equal(actions(fitted)[0]?.title, 'Export');
  });
  it('keeps a small report whole (no shortened note)', () => assert.ok(!/Preview shortened/.test(text)));
});

const HOSTILE: [string, string][] = [
  ['${user.name}', '${user.name}'],
  ['"}],"body":[{"type":"Image"', '"}],"body":[{"type":"Image"'],
  ['[click](https://evil.example)', '[click](https://evil.example)'],
  ['![img](https://evil.example/x.png)', '![img](https://evil.example/x.png)'],
  ['<script>alert(1)</script>', '<script>alert(1)</script>'],
  ['\u0000\u0007', ''],
];
const RENDERERS: [string, (t: string) => unknown][] = [
  ['preview', (t) => renderReportPreviewCard({ report: report(t), exportToken: t, status: t, notice: t })],
  [
    'exported',
    (t) => renderReportExportedCard({ report: report(t), links: { docx: t, markdown: t }, approvedBy: t }),
  ],
];
for (const [name, render] of RENDERERS) {
  describe(`hostile text in the report ${name} card`, () => {
    for (const [input, expected] of HOSTILE) {
      it(JSON.stringify(input), () => {
        const card = render(input);
        assert.deepEqual(validateCard(card), []);
        assert.ok(!ofType(card, 'Image').length, 'Image element');
        assert.ok(!markdownLinkTargets(card).some((t) => t.includes('evil')), 'markdown link to evil');
        assert.ok(!allObjects(card).some((o) => String(o.url ?? '').includes('evil')), 'url to evil');
        if (expected !== '')
          assert.ok(revealLookalikes(visibleText(card)).includes(expected), 'literal text missing');
      });
    }
  });
}
