import assert from 'node:assert/strict';
import { ALEX, MEGAN, startFixtureBot } from '../../support/botFixture';
import { botClient, executeActivity, findAll, type InvokeResponse } from '../../support/cardActions';
import { cardText } from '../../support/cardText';
import { validateCard } from '../../adaptive-cards/validateCard';

describe('report drafting and export through the HTTP endpoint', function () {
  this.timeout(60_000);
  let fixture: Awaited<ReturnType<typeof startFixtureBot>>;
  before(async () => {
    fixture = await startFixtureBot({
      corpus: 'sample',
      env: { REPORT_APPROVER_ID: MEGAN, REPORT_APPROVER_NAME: 'Megan Bowen' },
    });
  });
  after(async () => fixture.stop());

  const { post, ask } = botClient(() => fixture.baseUrl);
  const execute = executeActivity;

  it('drafts a cited report, exports it on confirmation, and serves the .docx only to its author', async () => {
    const preview = await ask('draft a report on the brake fade test');
    assert.deepEqual(validateCard(preview), []);
    const text = cardText(preview);
    assert.match(text, /75 %/);
    assert.match(text, /\[1\]/);
    const exportAction = findAll(preview, 'Action.Execute').find((a) => a.verb === 'confirm');
    assert.ok(exportAction, 'no export button');
    const exported = (await post(
      execute('confirm', exportAction.data as Record<string, unknown>),
    )) as InvokeResponse;
    assert.equal(exported.type, 'application/vnd.microsoft.card.adaptive', JSON.stringify(exported));
    const links = findAll(exported.value, 'Action.OpenUrl').map((a) => String(a.url));
    const docx = links.find((url) => url.includes('.docx'));
    assert.ok(docx, JSON.stringify(links));
    const download = await fetch(docx);
    assert.equal(download.status, 200);
    const bytes = Buffer.from(await download.arrayBuffer());
    assert.equal(bytes.subarray(0, 2).toString(), 'PK', 'a .docx is a zip');
    const forged = new URL(docx);
    forged.searchParams.set('u', MEGAN);
    assert.equal((await fetch(forged)).status, 403);
  });

  it('needs the configured second person to export a report for customers', async () => {
    const preview = await ask('draft a report on the brake fade test for customers');
    assert.match(cardText(preview), /Megan Bowen/);
    const approve = findAll(preview, 'Action.Execute').find((a) => a.verb === 'confirm');
    assert.ok(approve, 'no approval button');
    const byAuthor = (await post(
      execute('confirm', approve.data as Record<string, unknown>, ALEX),
    )) as InvokeResponse;
    assert.equal(byAuthor.type, 'application/vnd.microsoft.activity.message');
    const byApprover = (await post(
      execute('confirm', approve.data as Record<string, unknown>, MEGAN),
    )) as InvokeResponse;
    assert.equal(byApprover.type, 'application/vnd.microsoft.card.adaptive', JSON.stringify(byApprover));
    assert.ok(findAll(byApprover.value, 'Action.OpenUrl').some((a) => String(a.url).includes('.docx')));
  });

  it('regenerates with changes through Action.Execute invoke', async () => {
    const preview = await ask('draft a report on the brake fade test');
    const regenerate = findAll(preview, 'Action.Execute').find((a) => a.verb === 'invoke');
    assert.ok(regenerate);
    const again = (await post(
      execute('invoke', { ...(regenerate.data as Record<string, unknown>), changes: 'focus on pedal force' }),
    )) as InvokeResponse;
    assert.equal(again.type, 'application/vnd.microsoft.card.adaptive');
    assert.match(cardText(again.value), /[Pp]edal force/);
  });
});
