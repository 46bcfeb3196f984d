import assert from 'node:assert/strict';
import { cardBytes, MAX_CARD_BYTES } from '../../../adaptive-cards';
import path from 'node:path';
import {
  PRIORITY_CHOICES,
  TICKET_FORM_INPUT_IDS,
  renderTicketFiledCard,
  renderTicketFormCard,
  renderTicketListCard,
  renderTicketStatusCard,
  type TicketView,
} from '../../../adaptive-cards/tickets';
import { formatMessage } from '../../../adaptive-cards/messages/formatMessage';
import { messagesFor } from '../../../adaptive-cards/messages/messagesFor';
import { loadOrganisationProfile } from '../../../knowledge/profile/loadOrganisationProfile';
import { ticketChoices } from '../../../skills/tickets/ticketChoices';
import { TicketEdits } from '../../../skills/tickets/ticketSchemas';
import { TICKET_PRIORITIES } from '../../../skills/tickets/TicketSystem';
import { FORM_TOKEN, ticketFormCard } from '../../support/ticketFormCard';
import { allObjects, ofType, visibleText } from '../cardWalk';
import { validateCard } from '../validateCard';

/** The sample corpus's organisation: its ticket categories and brands. */
const profile = loadOrganisationProfile(path.join(__dirname, '../../../knowledge/sample/organisation.yaml'));
const choices = ticketChoices(profile);
const draft = {
  title: 'CAN simulator in lab 3 is down',
  description: 'Since 8:00 no frames.',
  category: 'lab',
  priority: 'high',
  brand: 'aurex',
  component: 'CAN simulator',
};
const ticket = (extra: Partial<TicketView> = {}): TicketView => ({
  ...draft,
  id: 12,
  status: 'active',
  requesterId: 'user-alex',
  requesterName: 'Alex Wilber',
  createdAt: '2025-03-01T14:02:09.000Z',
  url: 'https://dev.azure.com/norvik/Service%20Desk/_workitems/edit/12',
  ...extra,
});
const form = (extra: Partial<typeof draft> = {}) => ticketFormCard({ ...draft, ...extra }, { choices });
const inputs = (card: unknown) =>
  allObjects(card).filter((o) => typeof o.type === 'string' && o.type.startsWith('Input.'));
const choiceValues = (card: unknown, id: string) =>
  (inputs(card).find((i) => i.id === id)?.choices as { value: string }[]).map((c) => c.value);

const CARDS: [string, () => unknown][] = [
  ['form', () => form()],
  ['form with notice', () => ticketFormCard(draft, { notice: 'Try again.' })],
  [
    'form with an empty draft',
    () => form({ title: '', description: '', brand: undefined, component: undefined }),
  ],
  [
    'form at every length limit',
    () => form({ title: 'T'.repeat(200), description: 'D'.repeat(4000), component: 'C'.repeat(100) }),
  ],
  ['filed', () => renderTicketFiledCard(ticket(), choices)],
  ['filed without url', () => renderTicketFiledCard(ticket({ url: undefined }))],
  ['status', () => renderTicketStatusCard(ticket(), choices)],
  [
    'status with a 4000-char description',
    () => renderTicketStatusCard(ticket({ description: 'd '.repeat(2000) })),
  ],
  ['list', () => renderTicketListCard([ticket(), ticket({ id: 11, status: 'closed' })])],
  ['empty list', () => renderTicketListCard([])],
  [
    'list of 200 long tickets',
    () =>
      renderTicketListCard(
        Array.from({ length: 200 }, (_, i) => ticket({ id: i + 1, title: 'x'.repeat(200) })),
      ),
  ],
];

describe('ticket cards', () => {
  for (const [name, render] of CARDS) {
    it(`${name}: valid Adaptive Card 1.5 within the size budget`, () => {
      const card = render();
      assert.deepEqual(validateCard(card), []);
      assert.ok(cardBytes(card) <= MAX_CARD_BYTES);
    });
  }

  describe('form', () => {
    it('has exactly the input ids of the edits schema', () => {
      const ids = inputs(form()).map((i) => i.id);
      assert.deepEqual(ids, [...TICKET_FORM_INPUT_IDS]);
      assert.deepEqual([...ids].sort(), Object.keys(TicketEdits.shape).sort());
    });
    it('prefills every input from the draft', () => {
      assert.deepEqual(Object.fromEntries(inputs(form()).map((i) => [i.id, i.value])), draft);
    });
    it('offers exactly the profile’s categories and brands (plus "none") and the priorities', () => {
      const card = form();
      assert.deepEqual(
        choiceValues(card, 'category'),
        profile.ticketCategories.map((c) => c.id),
      );
      assert.deepEqual(choiceValues(card, 'priority'), [...TICKET_PRIORITIES]);
      assert.deepEqual(choiceValues(card, 'brand'), ['none', 'aurex', 'velora', 'kestrel', 'brava', 'group']);
      assert.equal(PRIORITY_CHOICES.length, TICKET_PRIORITIES.length);
    });
    it('offers only "none" as brand and the generic categories without a profile', () => {
      const card = ticketFormCard(draft);
      assert.deepEqual(choiceValues(card, 'brand'), ['none']);
      assert.deepEqual(choiceValues(card, 'category'), ['other']);
      assert.equal(inputs(card).find((i) => i.id === 'category')?.value, 'other');
    });
    it('requires a title with an error message, and makes the description multiline', () => {
      const [title, description] = inputs(form());
      assert.deepEqual([title?.isRequired, typeof title?.errorMessage], [true, 'string']);
      assert.equal(description?.isMultiline, true);
    });
    it('confirms with Action.Execute verb confirm and { skill, token }', () => {
      const [confirm] = ofType(form(), 'Action.Execute');
      assert.deepEqual(
        { verb: confirm?.verb, data: confirm?.data, associatedInputs: confirm?.associatedInputs },
        { verb: 'confirm', data: { skill: 'file_ticket', token: FORM_TOKEN }, associatedInputs: undefined },
      );
    });
    it('discards with Action.Execute verb cancel, without sending or validating inputs', () => {
      const [, cancel] = ofType(form(), 'Action.Execute');
      assert.deepEqual(
        { verb: cancel?.verb, data: cancel?.data, associatedInputs: cancel?.associatedInputs },
        { verb: 'cancel', data: { skill: 'file_ticket', token: FORM_TOKEN }, associatedInputs: 'none' },
      );
    });
    it('says nothing is filed until the user confirms', () => {
      assert.match(visibleText(form()), /Nothing is filed until you select File ticket/);
    });
    const fallbacks: [string, Partial<typeof draft>, string, string][] = [
      ['category', { category: 'hr' }, 'category', 'other'],
      ['priority', { priority: 'p0' }, 'priority', 'normal'],
      ['brand', { brand: 'tesla' }, 'brand', 'none'],
      ['missing brand', { brand: undefined }, 'brand', 'none'],
    ];
    for (const [name, extra, id, value] of fallbacks) {
      it(`falls back for an unknown ${name}`, () => {
        assert.equal(inputs(form(extra)).find((i) => i.id === id)?.value, value);
      });
    }
    it('flattens newlines in prefilled values (card strings carry no control characters)', () => {
      assert.equal(inputs(form({ description: 'a\nb\r\n\tc' }))[1]?.value, 'a b c');
    });
    for (const token of ['', 'short', 'has space in it 0123456789', '"},{"x":"y']) {
      it(`refuses the malformed token ${JSON.stringify(token)}`, () => {
        assert.throws(() => renderTicketFormCard({ draft, token, skill: 'file_ticket' }));
      });
    }
  });

  describe('filed and status', () => {
    it('filed: names the ticket number and links to it', () => {
      const card = renderTicketFiledCard(ticket(), choices);
      assert.match(visibleText(card), /^Ticket 12 filed\n/);
      assert.deepEqual(
        ofType(card, 'Action.OpenUrl').map((a) => a.url),
        [ticket().url],
      );
    });
    it('status: shows status, facts and the description', () => {
      const card = renderTicketStatusCard(ticket(), choices);
      assert.match(visibleText(card), /^Ticket 12: In progress\n/);
      const facts = ofType(card, 'FactSet')[0]?.facts as { title: string; value: string }[];
      assert.deepEqual(
        facts.map((f) => `${f.title}=${f.value}`),
        [
          'Status=In progress',
          'Priority=High',
          'Category=Lab and test equipment',
          'Brand=Aurex',
          'Affects=CAN simulator',
          'Filed for=Alex Wilber',
          'Filed=2025-03-01 14:02 UTC',
        ],
      );
    });
    const badUrls = [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'https://user:pw@evil.example/',
      'not a url',
    ];
    for (const url of badUrls) {
      it(`drops the non-http(s) or credentialed url ${JSON.stringify(url)}`, () => {
        for (const card of [
          renderTicketFiledCard(ticket({ url })),
          renderTicketStatusCard(ticket({ url })),
        ]) {
          assert.equal(card.actions, undefined);
        }
      });
    }
  });

  describe('list', () => {
    it('lists tickets in the given order with status, priority and date', () => {
      const card = renderTicketListCard([ticket(), ticket({ id: 11, status: 'closed', priority: 'low' })]);
      assert.deepEqual(visibleText(card).split('\n'), [
        'Your tickets (2)',
        '#12 CAN simulator in lab 3 is down',
        'In progress · High · 2025-03-01 14:02 UTC',
        'Show ticket 12',
        'Open ticket',
        '#11 CAN simulator in lab 3 is down',
        'Closed · Low · 2025-03-01 14:02 UTC',
        'Show ticket 11',
        'Open ticket',
      ]);
    });
    it('shows at most 25 and says how many there are', () => {
      const card = renderTicketListCard(Array.from({ length: 30 }, (_, i) => ticket({ id: 30 - i })));
      assert.equal(ofType(card, 'Container').length, 25);
      assert.match(visibleText(card), /^Your tickets \(25 of 30, newest first\)/);
    });
    it('gives every ticket a "Show ticket" button (its number as data) and "Open" when it has a link', () => {
      const card = renderTicketListCard([ticket(), ticket({ id: 11, url: 'javascript:alert(1)' })]);
      const submits = ofType(card, 'Action.Submit');
      assert.deepEqual(
        submits.map((a) => [a.title, a.data]),
        [
          ['Show ticket 12', { verb: 'ticket_status', ticketId: 12 }],
          ['Show ticket 11', { verb: 'ticket_status', ticketId: 11 }],
        ],
      );
      assert.deepEqual(
        ofType(card, 'Action.OpenUrl').map((a) => a.url),
        ['https://dev.azure.com/norvik/Service%20Desk/_workitems/edit/12'],
      );
    });
    it('has an empty state', () => {
      assert.match(visibleText(renderTicketListCard([])), /You have no tickets yet/);
    });
  });

  describe('in the user’s language', () => {
    const fr = messagesFor('fr').tickets;
    it('the form, the filed, status and list cards take every fixed text from the French catalog', () => {
      const french = [
        visibleText(ticketFormCard(draft, { choices, locale: 'fr-FR' })),
        visibleText(renderTicketFiledCard(ticket(), choices, 'fr-FR')),
        visibleText(renderTicketStatusCard(ticket(), choices, 'fr-FR')),
        visibleText(renderTicketListCard([ticket()], 'fr-FR')),
      ].join('\n');
      for (const text of [
        fr.formTitle,
        fr.file,
        fr.discard,
        fr.priorities.high.replace(/\s*\(.*\)$/, ''),
        formatMessage(fr.filed, { id: 12 }),
        formatMessage(fr.statusLine, { id: 12, status: fr.statuses.active }),
        formatMessage(fr.show, { id: 12 }),
        formatMessage(fr.yoursCount, { count: 1 }),
      ])
        assert.ok(french.includes(text), `missing "${text}" in:\n${french}`);
      const statusJson = JSON.stringify(renderTicketStatusCard(ticket(), choices, 'fr-FR'));
      assert.ok(statusJson.includes(`"title":"${fr.facts.priority}"`), statusJson);
      const formJson = JSON.stringify(ticketFormCard(draft, { choices, locale: 'fr-FR' }));
      assert.ok(formJson.includes(`"label":"${fr.title}"`) && formJson.includes(`"label":"${fr.priority}"`));
      for (const english of ['File ticket', 'Show ticket 12', 'In progress', 'Your tickets', 'Priority'])
        assert.ok(!french.includes(english), `English "${english}" in:\n${french}`);
    });
  });
});
