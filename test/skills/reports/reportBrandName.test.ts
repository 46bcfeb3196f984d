import assert from 'node:assert/strict';
import { metaLine } from '../../../adaptive-cards/reports/reportCardText';
import { composeExtractiveReport } from '../../../skills/reports/buildExtractiveReport';
import type { Report } from '../../../skills/reports/Report';
import { reportMetadataLine } from '../../../skills/reports/reportMetadata';

const report = (extra: Partial<Report> = {}): Report => ({
  id: 'r1',
  title: 'T',
  topic: 't',
  audience: 'internal',
  summary: [],
  sections: [],
  openQuestions: [],
  sources: [],
  createdAt: '2026-03-01T10:00:00.000Z',
  authorId: 'u1',
  ...extra,
});

describe('report brand names (organisation profile)', () => {
  it('titles the report with the brand’s display name, else the id capitalised', () => {
    const named = composeExtractiveReport(
      { topic: 'logo usage', brand: 'fab', brandName: 'Fabrikam Cars', audience: 'internal' },
      [],
    );
    assert.equal(named.title, 'Logo usage – Fabrikam Cars');
    assert.equal(named.brandName, 'Fabrikam Cars');
    const plain = composeExtractiveReport({ topic: 'logo usage', brand: 'fab', audience: 'internal' }, []);
    assert.equal(plain.title, 'Logo usage – Fab');
    assert.equal(plain.brandName, undefined);
  });
  it('prints the display name in the metadata line and on the card', () => {
    assert.match(
      reportMetadataLine(report({ brand: 'fab', brandName: 'Fabrikam Cars' })),
      /Brand: Fabrikam Cars/,
    );
    assert.match(reportMetadataLine(report({ brand: 'fab' })), /Brand: Fab /);
    assert.match(metaLine(report({ brand: 'fab', brandName: 'Fabrikam Cars' })), /^Brand: Fabrikam Cars/);
  });
});
