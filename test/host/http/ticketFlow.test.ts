import assert from 'node:assert/strict';
import path from 'node:path';
import { ALEX, MEGAN, messageActivity, startFixtureBot } from '../../support/botFixture';
import {
  botClient,
  executeActivity,
  executeData,
  findAll,
  type InvokeResponse,
} from '../../support/cardActions';
import { cardText } from '../../support/cardText';
import { validateCard } from '../../adaptive-cards/validateCard';
import { ticketCount as countTickets } from '../../support/ticketCount';

describe('ticket filing through the HTTP endpoint (propose, edit, confirm; redelivery files once)', function () {
  this.timeout(60_000);
  let clock = Date.UTC(2026, 10, 27, 9, 0, 0);
  let fixture: Awaited<ReturnType<typeof startFixtureBot>>;
  before(async () => {
    // The sample organisation's ticket categories (lab, …) prefill the form.
    fixture = await startFixtureBot({
      now: () => clock,
      env: { ORGANISATION_PROFILE: path.join(__dirname, '../../../knowledge/sample/organisation.yaml') },
    });
  });
  after(async () => fixture.stop());

  const { post, ask } = botClient(() => fixture.baseUrl);
  const execute = executeActivity;
  const ticketCount = () => countTickets(fixture.root);

  it('proposes a prefilled form that files nothing, then files exactly one ticket however often the confirmation arrives', async () => {
    const form = await ask('open a ticket: the CAN simulator in lab 3 is down');
    assert.deepEqual(validateCard(form), []);
    const inputs = Object.fromEntries(
      findAll(form, 'Input.Text')
        .concat(findAll(form, 'Input.ChoiceSet'))
        .map((i) => [i.id, i.value]),
    );
    assert.match(String(inputs.title), /CAN simulator in lab 3 is down/i);
    assert.equal(inputs.category, 'lab');
    const confirm = findAll(form, 'Action.Execute').find((a) => a.verb === 'confirm');
    assert.ok(confirm, 'no confirm button');
    const data = confirm.data as { skill: string; token: string };
    assert.equal(data.skill, 'file_ticket');
    assert.equal(ticketCount(), 0, 'nothing filed before confirmation');

    // The user edits the title; the client merges inputs into data. Teams redelivers a slow invoke with the
    // same activity id; users double-click (new ids). 10 concurrent, then +15 s and +30 s.
    const edits = { ...inputs, title: 'CAN simulator in lab 3 is down since 08:00', priority: 'high' };
    const invoke = execute('confirm', { ...data, ...edits }, ALEX, 'invoke-redelivered');
    const concurrent = (await Promise.all(
      Array.from({ length: 10 }, () => post(invoke)),
    )) as InvokeResponse[];
    clock += 15_000;
    const at15 = (await post(invoke)) as InvokeResponse;
    clock += 15_000;
    const at30 = (await post(execute('confirm', { ...data, ...edits }))) as InvokeResponse;
    const all = [...concurrent, at15, at30];
    assert.equal(ticketCount(), 1, 'exactly one ticket');
    const shown = all.map((r) => cardText(r.value));
    assert.ok(
      all.every((r) => r.statusCode === 200 && r.type === 'application/vnd.microsoft.card.adaptive'),
      JSON.stringify(all[0]),
    );
    assert.ok(
      shown.every((text) => text === shown[0]),
      'every delivery shows the same result',
    );
    assert.match(shown[0] ?? '', /Ticket 1\b|#1\b/);
    assert.match(shown[0] ?? '', /since 08:00/);
  });

  it('refuses a confirmation by someone else holding the card, and files nothing', async () => {
    const form = await ask('open a ticket: projector in room D1.020 flickers');
    const data = executeData(form, 'confirm');
    const before = ticketCount();
    const response = (await post(
      execute('confirm', { ...data, title: 'Projector flickers' }, MEGAN),
    )) as InvokeResponse;
    assert.equal(response.type, 'application/vnd.microsoft.activity.message');
    assert.match(String(response.value), /Only the person who asked/);
    assert.equal(ticketCount(), before);
  });

  it('keeps the form (answers with a message) when edits are invalid, and files nothing', async () => {
    const form = await ask('open a ticket: heating in building B is off');
    const data = executeData(form, 'confirm');
    const before = ticketCount();
    const response = (await post(
      execute('confirm', { ...data, title: 'x', priority: 'whenever' }),
    )) as InvokeResponse;
    assert.equal(response.type, 'application/vnd.microsoft.activity.message');
    assert.match(String(response.value), /not valid/);
    assert.equal(ticketCount(), before);
    const retry = (await post(
      execute('confirm', { ...data, title: 'Heating in building B is off' }),
    )) as InvokeResponse;
    assert.match(cardText(retry.value), /Heating in building B is off/);
    assert.equal(ticketCount(), before + 1);
  });

  it('discards a proposal: the token no longer confirms', async () => {
    const form = await ask('open a ticket: coffee machine on floor 2 leaks');
    const cancel = executeData(form, 'cancel');
    const confirm = executeData(form, 'confirm');
    const discarded = (await post(execute('cancel', cancel))) as InvokeResponse;
    assert.match(cardText(discarded.value), /Discarded/);
    const before = ticketCount();
    const late = (await post(
      execute('confirm', { ...confirm, title: 'Coffee machine leaks' }),
    )) as InvokeResponse;
    assert.equal(late.type, 'application/vnd.microsoft.activity.message');
    assert.equal(ticketCount(), before);
  });

  it('lists my tickets and shows a ticket’s status only to its requester', async () => {
    assert.match(cardText(await ask('my tickets')), /CAN simulator in lab 3/);
    assert.match(cardText(await ask('status of ticket 1')), /CAN simulator in lab 3/);
    const megan = cardText(await ask('status of ticket 1', MEGAN));
    assert.doesNotMatch(megan, /CAN simulator/);
    assert.match(megan, /not found|no ticket/i);
  });

  it('opens a ticket from the "my tickets" list: its button shows that ticket’s status, only to its requester', async () => {
    const list = await ask('my tickets');
    const show = findAll(list, 'Action.Submit').find((a) => a.title === 'Show ticket 1');
    assert.ok(show, 'no "Show ticket 1" button');
    // The client sends the button's data as the message value (Action.Submit).
    const click = (userId: string) => ({ ...messageActivity('', userId), text: undefined, value: show.data });
    const reply = (await post(click(ALEX))) as { activities: { attachments?: { content: unknown }[] }[] };
    const status = cardText(reply.activities.find((a) => a.attachments?.length)?.attachments?.[0]?.content);
    assert.match(status, /^Ticket 1: /);
    assert.match(status, /CAN simulator in lab 3/);
    const other = (await post(click(MEGAN))) as { activities: { attachments?: { content: unknown }[] }[] };
    const megan = cardText(other.activities.find((a) => a.attachments?.length)?.attachments?.[0]?.content);
    assert.doesNotMatch(megan, /CAN simulator/);
    assert.match(megan, /not found|no ticket/i);
  });

  it('answers tampered "Show ticket" data with an error card, showing no ticket', async () => {
    const tampered = {
      ...messageActivity('', ALEX),
      text: undefined,
      value: { verb: 'ticket_status', ticketId: 'x' },
    };
    const reply = (await post(tampered)) as { activities: { attachments?: { content: unknown }[] }[] };
    const shown = cardText(reply.activities.find((a) => a.attachments?.length)?.attachments?.[0]?.content);
    assert.doesNotMatch(shown, /CAN simulator/);
    assert.match(shown, /not valid|invalid/i);
  });

  it('asks a follow-up question when the ticket description is missing, and uses the reply', async () => {
    assert.match(cardText(await ask('open a ticket', 'u-follow')), /What is the problem/);
    const form = await ask('the badge reader at gate 4 rejects every badge', 'u-follow');
    assert.ok(findAll(form, 'Input.Text').some((i) => /badge reader at gate 4/.test(String(i.value))));
  });
});
