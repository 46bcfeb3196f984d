import path from 'node:path';
import assert from 'node:assert/strict';
import { draftFromText } from '../../../skills/tickets/draftFromText';
import type { TicketDraft } from '../../../skills/tickets/TicketSystem';
import { loadOrganisationProfile } from '../../../knowledge/profile/loadOrganisationProfile';

/** The sample corpus's organisation (its ticket categories and brands). */
const SAMPLE_PROFILE = loadOrganisationProfile(
  path.join(__dirname, '../../../knowledge/sample/organisation.yaml'),
);

/** Phrasing → the fields the draft must have (`component: undefined` asserts there is none). */
const CASES: [string, Partial<TicketDraft>][] = [
  [
    'open a ticket: the CAN simulator in lab 3 is down',
    {
      title: 'The CAN simulator in lab 3 is down',
      category: 'lab',
      priority: 'high',
      component: 'CAN simulator',
    },
  ],
  ['the CAN simulator in lab 3 is down', { title: 'The CAN simulator in lab 3 is down', category: 'lab' }],
  [
    'File a ticket: my VPN disconnects every few minutes',
    { title: 'My VPN disconnects every few minutes', category: 'it', priority: 'normal' },
  ],
  [
    'Create an IT ticket - my laptop password expired',
    { title: 'My laptop password expired', category: 'it' },
  ],
  [
    'Raise a ticket: the heating in meeting room 4.12 is broken',
    { category: 'facilities', priority: 'high', component: 'heating' },
  ],
  [
    'please log a ticket about parking barrier at gate 2',
    { title: 'Parking barrier at gate 2', category: 'facilities' },
  ],
  ['Supplier Rhodan delivered defective brake hoses, 1200 ppm', { category: 'quality', priority: 'normal' }],
  [
    'Open a ticket: the Teamcenter drawing export fails for NMP-E parts',
    { category: 'engineering', priority: 'high', component: 'Teamcenter drawing export' },
  ],
  [
    'Smoke coming from the HIL rig in the Aurex lab!',
    { category: 'lab', priority: 'urgent', brand: 'aurex', component: 'HIL rig' },
  ],
  ['open a ticket: production line 2 stopped at the Brava plant', { priority: 'urgent', brand: 'brava' }],
  ['test bench 4 is blocked, urgent', { category: 'lab', priority: 'urgent' }],
  [
    'not urgent: the coffee machine in the kitchen leaks',
    { category: 'facilities', priority: 'low', component: 'coffee machine' },
  ],
  ['The Velora and Kestrel CAD licences are blocked', { brand: 'group', priority: 'high' }],
  ['Group-wide: SharePoint search is slow', { brand: 'group', category: 'it' }],
  [
    'Ouvrir un ticket : le simulateur est en panne',
    { title: 'Le simulateur est en panne', category: 'lab', priority: 'high' },
  ],
  [
    'Ticket öffnen: Der Prüfstand in Halle 2 ist kaputt',
    { title: 'Der Prüfstand in Halle 2 ist kaputt', category: 'lab' },
  ],
  ['apri un ticket: il banco prova è guasto', { title: 'Il banco prova è guasto', priority: 'high' }],
  ['open a ticket', { title: '', description: '', category: 'other', priority: 'normal' }],
  [
    'Something odd happened. Second sentence here.',
    {
      title: 'Something odd happened',
      description: 'Something odd happened. Second sentence here.',
      category: 'other',
      component: undefined,
    },
  ],
  ['the same thing happened again', { component: undefined }],
  ['my laptop will not boot', { category: 'it', priority: 'high', component: undefined }],
  ['x'.repeat(300), { title: `${'X'}${'x'.repeat(118)}…` }],
];

describe('draftFromText', () => {
  it(`has at least 15 phrasings (${CASES.length})`, () => assert.ok(CASES.length >= 15));
  for (const [text, expected] of CASES) {
    it(JSON.stringify(text.length > 80 ? `${text.slice(0, 40)}…` : text), () => {
      const draft = draftFromText(text, SAMPLE_PROFILE);
      for (const [key, value] of Object.entries(expected)) {
        assert.deepEqual(draft[key as keyof TicketDraft], value, key);
      }
    });
  }
  it('is deterministic', () => {
    for (const [text] of CASES)
      assert.deepEqual(draftFromText(text, SAMPLE_PROFILE), draftFromText(text, SAMPLE_PROFILE));
  });
  it('keeps titles within 120 characters and descriptions within 4000', () => {
    const draft = draftFromText(`open a ticket: ${'word '.repeat(2000)}`);
    assert.ok(Array.from(draft.title).length <= 120);
    assert.ok(draft.description.length <= 4000);
  });
});

describe('draftFromText without an organisation profile', () => {
  it('uses the generic categories and never sets a brand', () => {
    const draft = draftFromText('open a ticket: the Aurex printer in room 4 is jammed');
    assert.equal(draft.category, 'it');
    assert.equal(draft.brand, undefined);
    assert.equal(draftFromText('the HIL rig is down').category, 'other');
  });
});
