import assert from 'node:assert/strict';
import { renderReportExportedCard, type ReportCardReport } from '../../../adaptive-cards/reports';
import { formatMessage } from '../../../adaptive-cards/messages/formatMessage';
import { messagesFor } from '../../../adaptive-cards/messages/messagesFor';
import { ofType, visibleText } from '../cardWalk';
import { validateCard } from '../validateCard';

const REPORT: ReportCardReport = {
  id: 'AAAAAAAAAAAAAAAAAAAAAA',
  title: 'NMP-E charging',
  topic: 'NMP-E charging',
  audience: 'customer',
  createdAt: '2026-03-01T10:00:00.000Z',
  summary: [{ text: 'S.', citations: [1] }],
  sections: [
    {
      heading: 'H',
      findings: [
        { text: 'F.', citations: [1] },
        { text: 'G.', citations: [1] },
      ],
    },
  ],
  openQuestions: [],
  sources: [{ n: 1, title: 'T', url: '' }],
};

describe('renderReportExportedCard', () => {
  const links = { docx: 'https://bot.test/reports/a.docx', markdown: 'https://bot.test/reports/a.md' };
  const card = renderReportExportedCard({ report: REPORT, links, approvedBy: 'Megan Bowen' });
  it('is a valid card', () => assert.deepEqual(validateCard(card), []));
  it('links both files', () =>
    assert.deepEqual(
      ofType(card, 'Action.OpenUrl').map((a) => [a.title, a.url]),
      [
        ['Download Word (.docx)', links.docx],
        ['Download Markdown (.md)', links.markdown],
      ],
    ));
  const lines = [
    'Report exported',
    'NMP-E charging',
    'Approved by Megan Bowen.',
    '1 section, 2 findings, 1 source.',
  ];
  for (const line of lines)
    it(`shows ${JSON.stringify(line)}`, () => assert.ok(visibleText(card).split('\n').includes(line)));
  it('drops non-http links and says so', () => {
    const local = renderReportExportedCard({
      report: REPORT,
      links: { docx: 'file:///etc/passwd', markdown: '' },
    });
    assert.equal(ofType(local, 'Action.OpenUrl').length, 0);
    assert.match(visibleText(local), /Download links are not available/);
    assert.deepEqual(validateCard(local), []);
  });

  it('in French: every fixed text from the French catalog, the report’s own words as written', () => {
    const fr = messagesFor('fr').reports;
    const french = renderReportExportedCard({
      report: REPORT,
      links,
      approvedBy: 'Megan Bowen',
      comment: 'OK',
      locale: 'fr-FR',
    });
    assert.deepEqual(validateCard(french), []);
    const text = visibleText(french);
    for (const expected of [
      fr.exported,
      'NMP-E charging',
      `${formatMessage(fr.audienceReport, { audience: fr.audiences.customer })}`,
      formatMessage(fr.approvedBy, { name: 'Megan Bowen' }),
      `${fr.sectionsOne}, ${formatMessage(fr.findingsMany, { count: 2 })}, ${fr.sourcesOne}.`,
    ])
      assert.ok(text.includes(expected), `missing "${expected}" in:\n${text}`);
    assert.deepEqual(
      ofType(french, 'Action.OpenUrl').map((a) => a.title),
      [fr.downloadWord, fr.downloadMarkdown],
    );
    for (const english of ['Report exported', 'Approved by', 'Download', 'finding', 'Customer report'])
      assert.ok(!text.includes(english), `English "${english}" in:\n${text}`);
  });
});
