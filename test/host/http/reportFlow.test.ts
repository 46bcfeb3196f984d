import assert from 'node:assert/strict';
import { APPROVER_NOT_REACHED } from '../../../bot/teams/deliverApproval';
import { MEGAN, messageActivity, startFixtureBot } from '../../support/botFixture';
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

  it('gives the author of a report for customers no approve button, and says so when the approver is unreachable', async () => {
    // The activity's serviceUrl (port 9) has no connector: the approver's 1:1 card cannot be delivered.
    const body = (await post(messageActivity('draft a report on the brake fade test for customers'))) as {
      activities: { attachments?: { content: unknown }[] }[];
    };
    const cards = body.activities.flatMap((a) => a.attachments ?? []).map((a) => a.content);
    const preview = cards[0];
    assert.match(cardText(preview), /Waiting for approval from Megan Bowen/);
    assert.equal(
      findAll(preview, 'Action.Execute').find((a) => a.verb === 'confirm'),
      undefined,
    );
    assert.ok(
      cards.some((card) => cardText(card).includes(APPROVER_NOT_REACHED)),
      JSON.stringify(cards),
    );
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
