import assert from 'node:assert/strict';
import { type AdaptiveCard } from '../../../adaptive-cards';
import {
  renderTicketFiledCard,
  renderTicketListCard,
  renderTicketStatusCard,
  type TicketView,
} from '../../../adaptive-cards/tickets';
import { allObjects, allStrings, markdownLinkTargets, revealLookalikes, visibleText } from '../cardWalk';
import { TicketEdits } from '../../../skills/tickets/ticketSchemas';
import { FORM_TOKEN, ticketFormCard } from '../../support/ticketFormCard';
import { validateCard } from '../validateCard';

/** Hostile input and the text a reader must see (after undoing the documented lookalikes and word joiners). */
const HOSTILE: [string, string][] = [
  ['${user.name}', '${user.name}'],
  ["${if(true, 'x', 'y')}", "${if(true, 'x', 'y')}"],
  ['{{DATE(2017-02-14T06:08:39Z, SHORT)}}', '{{DATE(2017-02-14T06:08:39Z, SHORT)}}'],
  ['"}],"body":[{"type":"Image"', '"}],"body":[{"type":"Image"'],
  ['[click](https://evil.example)', '[click](https://evil.example)'],
  ['![img](https://evil.example/x.png)', '![img](https://evil.example/x.png)'],
  ['[x](javascript:alert(1))', '[x](javascript:alert(1))'],
  ['<script>alert(1)</script>', '<script>alert(1)</script>'],
  ['\u202Eevil\u202C', 'evil'],
  ['\u0000\u0007', ''],
];

const ticketWith = (t: string): TicketView => ({
  id: 7,
  title: t,
  description: t,
  category: t,
  priority: t,
  brand: t,
  component: t,
  status: t,
  requesterId: t,
  requesterName: t,
  createdAt: t,
  url: 'https://dev.azure.com/norvik/x/_workitems/edit/7',
});

/** Each renderer with the same text put into every untrusted field. */
const RENDERERS: [string, (t: string) => AdaptiveCard][] = [
  [
    'form',
    (t) =>
      ticketFormCard(
        { title: t, description: t, category: t, priority: t, brand: t, component: t },
        { notice: t },
      ),
  ],
  ['filed', (t) => renderTicketFiledCard(ticketWith(t))],
  ['status', (t) => renderTicketStatusCard(ticketWith(t))],
  ['list', (t) => renderTicketListCard([ticketWith(t), ticketWith(t)])],
];

// eslint-disable-next-line no-control-regex
const CONTROL_OR_BIDI = /[\u0000-\u001f\u202a-\u202e]/;
const shape = (card: unknown): string[] => allObjects(card).map((o) => String(o.type));
/** What a reader sees: TextBlocks, action titles, facts and prefilled input values. */
const readable = (card: unknown): string =>
  [
    visibleText(card),
    ...allObjects(card).flatMap((o) =>
      o.type === 'FactSet' ? (o.facts as { value: string }[]).map((f) => f.value) : [],
    ),
    ...allObjects(card).flatMap((o) => (o.type === 'Input.Text' ? [String(o.value)] : [])),
  ].join('\n');

for (const [name, render] of RENDERERS) {
  describe(`hostile text in the ticket ${name} card`, () => {
    const baseline = shape(render('benign text'));
    for (const [input, expected] of HOSTILE) {
      it(JSON.stringify(input), () => {
        const card = render(input);
        assert.deepEqual(validateCard(card), []);
        const empty = shape(render(''));
        assert.ok(
          JSON.stringify(shape(card)) === JSON.stringify(baseline) ||
            JSON.stringify(shape(card)) === JSON.stringify(empty),
          'element structure changed',
        );
        assert.ok(!shape(card).includes('Image'), 'Image element');
        assert.ok(
          !markdownLinkTargets(card).some((t) => t.includes('evil')),
          'markdown link to evil.example',
        );
        assert.ok(!allObjects(card).some((o) => String(o.url ?? '').includes('evil')), 'url to evil.example');
        assert.ok(!allStrings(card).some((s) => CONTROL_OR_BIDI.test(s)), 'control or bidi character');
        if (expected !== '')
          assert.ok(revealLookalikes(readable(card)).includes(expected), 'literal text missing');
      });
    }
  });
}

describe('hostile text in the ticket form inputs', () => {
  const roundTrips = ['[a](b) *c* <d> _e_ `f`', '${user.name} and {{DATE(x)}}', 'Ünïcödé — ok'];
  for (const text of roundTrips) {
    it(`submits ${JSON.stringify(text)} back unchanged (no lookalikes to file)`, () => {
      const value = allObjects(RENDERERS[0]![1](text)).find((o) => o.id === 'title')?.value;
      assert.equal(TicketEdits.parse({ title: value }).title, text);
    });
  }
  it('keeps the token out of reach of injected data', () => {
    const card = RENDERERS[0]![1]('"},"token":"forged');
    for (const action of allObjects(card).filter((o) => o.type === 'Action.Execute')) {
      assert.deepEqual(action.data, { skill: 'file_ticket', token: FORM_TOKEN });
    }
  });
});
