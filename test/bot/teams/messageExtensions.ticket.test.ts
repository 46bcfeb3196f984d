import assert from 'node:assert/strict';
import type { Services } from '../../../host/compose';
import { validateCard } from '../../adaptive-cards/validateCard';
import { ALEX, MEGAN } from '../../support/botFixture';
import { cardText } from '../../support/cardText';
import { auditRecords, invoke, useRealServices, type DialogInfo } from './messageExtensionsFixture';

const MESSAGE_PAYLOAD = {
  id: '1700000000000',
  replyToId: null,
  messageType: 'message',
  createdDateTime: '2026-05-04T08:15:00.000Z',
  deleted: false,
  subject: null,
  importance: 'normal',
  locale: 'en-us',
  linkToMessage: 'https://teams.microsoft.com/l/message/19:chat@thread.v2/1700000000000',
  from: {
    user: { id: 'megan-aad', displayName: 'Megan Bowen', userIdentityType: 'aadUser' },
    application: null,
  },
  body: {
    contentType: 'html',
    content:
      '<p><at id="0">Alex</at> the <b>CAN simulator</b> in lab 3 is down again since this morning.</p><p>Can someone look &amp; fix it?</p>',
  },
  attachments: [],
  mentions: [{ id: 0, mentionText: 'Alex', mentioned: { user: { displayName: 'Alex Wilber' } } }],
  reactions: [],
};

const fetchTask = (services: Services, payload: unknown = MESSAGE_PAYLOAD, userId = ALEX) =>
  invoke(
    services,
    'composeExtension/fetchTask',
    {
      commandId: 'fileTicketFromMessage',
      commandContext: 'message',
      context: { theme: 'default' },
      messagePayload: payload,
    },
    userId,
  );
const submit = (services: Services, data: unknown, userId = ALEX) =>
  invoke(
    services,
    'composeExtension/submitAction',
    { commandId: 'fileTicketFromMessage', commandContext: 'message', data },
    userId,
  );

describe('message extension: fileTicketFromMessage (action on a message)', () => {
  const services = useRealServices('me-ticket-');

  /** Opens the dialog and returns its card and the data of its "File ticket" / "Discard" buttons. */
  const openDialog = async (userId = ALEX) => {
    const { body } = await fetchTask(services(), MESSAGE_PAYLOAD, userId);
    assert.equal(body.task?.type, 'continue');
    const info = body.task?.value as DialogInfo;
    const file = info.card.content.actions.find((a) => a.title === 'File ticket');
    const discard = info.card.content.actions.find((a) => a.title === 'Discard');
    assert.ok(file && discard);
    return { info, file: file.data, discard: discard.data };
  };
  const ticketsOf = (userId: string) => services().tickets.listByRequester(userId);

  it('opens a dialog with the form prefilled from the message', async () => {
    const { info, file } = await openDialog();
    assert.equal(info.card.contentType, 'application/vnd.microsoft.card.adaptive');
    assert.deepEqual(validateCard(info.card.content), []);
    const json = JSON.stringify(info.card.content);
    assert.match(
      json,
      /"id":"title","label":"Title","value":"Alex the CAN simulator in lab 3 is down again since this morning"/,
    );
    assert.match(json, /"value":"lab"/);
    assert.match(json, /From a Teams message by Megan Bowen: https:\/\/teams\.microsoft\.com\/l\/message\//);
    assert.doesNotMatch(json, /<p>|<at|Action\.Execute/);
    assert.equal(file.verb, 'confirm');
    assert.equal(file.skill, 'file_ticket');
  });

  it('files exactly one ticket, even when the dialog is submitted twice', async () => {
    const before = (await ticketsOf(ALEX)).length;
    const { file } = await openDialog();
    const edits = { title: 'CAN simulator in lab 3 is down', priority: 'high' };
    const first = await submit(services(), { ...file, ...edits });
    const second = await submit(services(), { ...file, ...edits });
    assert.equal(first.body.composeExtension?.type, 'result');
    const card = first.body.composeExtension?.attachments?.[0]?.content;
    assert.deepEqual(validateCard(card), []);
    assert.match(cardText(card), /filed/i);
    assert.deepEqual(second.body, first.body);
    const tickets = await ticketsOf(ALEX);
    assert.equal(tickets.length, before + 1);
    assert.equal(tickets[0]?.title, 'CAN simulator in lab 3 is down');
    const filed = (await auditRecords(services())).filter((r) => r.action === 'ticket_filed');
    assert.equal(filed.length, 1);
    assert.equal((filed[0]?.actor as { surface?: string })?.surface, 'messageExtension');
  });

  for (const [name, tamper, user, expected] of [
    ['another user’s token', (d: Record<string, string>) => d, MEGAN, /Only the person who asked/],
    ['a forged token', (d: Record<string, string>) => ({ ...d, token: 'A'.repeat(43) }), ALEX, /not valid/],
    ['a malformed token', (d: Record<string, string>) => ({ ...d, token: '../x' }), ALEX, /not valid/],
    ['another skill', (d: Record<string, string>) => ({ ...d, skill: 'export_report' }), ALEX, /not valid/],
  ] as const) {
    it(`files nothing for ${name}`, async () => {
      const { file } = await openDialog();
      const counts = async () => [(await ticketsOf(ALEX)).length, (await ticketsOf(MEGAN)).length];
      const before = await counts();
      const { body } = await submit(services(), tamper({ ...file, title: 'Forged ticket' }), user);
      assert.equal(body.task?.type, 'message');
      assert.match(String(body.task?.value), expected);
      assert.deepEqual(await counts(), before);
    });
  }

  it('discards: nothing filed, and the token no longer confirms', async () => {
    const before = (await ticketsOf(ALEX)).length;
    const { file, discard } = await openDialog();
    const cancelled = await submit(services(), discard);
    assert.deepEqual(cancelled.body.task, { type: 'message', value: 'Discarded. Nothing was filed.' });
    const late = await submit(services(), file);
    assert.equal(late.body.task?.type, 'message');
    assert.equal((await ticketsOf(ALEX)).length, before);
  });

  it('answers a message without text with a message, proposing nothing', async () => {
    const { body } = await fetchTask(services(), {
      ...MESSAGE_PAYLOAD,
      body: { contentType: 'html', content: '<attachment id="1"></attachment>' },
    });
    assert.equal(body.task?.type, 'message');
    assert.match(String(body.task?.value), /no text/);
  });

  it('answers a fetchTask without a message payload with a message', async () => {
    const { body } = await fetchTask(services(), { body: 42 });
    assert.equal(body.task?.type, 'message');
    assert.match(String(body.task?.value), /not valid/);
  });
});
