import assert from 'node:assert/strict';
import { completeFollowUp, routeMessage, type Route } from '../../skills/router/routeMessage';
import { SkillRegistry } from '../../skills/SkillRegistry';
import { SKILL_ROUTES, standInSkill } from '../support/skillRoutes';

const skill = (name: string) => standInSkill(name, SKILL_ROUTES[name]);
const registry = new SkillRegistry();
for (const name of ['ask_knowledge', 'file_ticket', 'ticket_status', 'my_tickets', 'draft_report'])
  registry.register(skill(name));

const summary = (route: Route) =>
  route.kind === 'skill' || route.kind === 'ask' ? [route.kind, route.skill, route.params] : [route.kind];

/** Phrasing -> expected [kind, skill, params]. */
const TABLE: [string, unknown[]][] = [
  ['help', ['help']],
  ['What can you do?', ['help']],
  [
    'open a ticket: the CAN simulator in lab 3 is down',
    ['skill', 'file_ticket', { summary: 'the CAN simulator in lab 3 is down' }],
  ],
  [
    'Open a ticket - VPN keeps disconnecting',
    ['skill', 'file_ticket', { summary: 'VPN keeps disconnecting' }],
  ],
  [
    'please file a ticket for the broken projector in room D1.020',
    ['skill', 'file_ticket', { summary: 'the broken projector in room D1.020' }],
  ],
  [
    'create an incident: MFA prompt never arrives',
    ['skill', 'file_ticket', { summary: 'MFA prompt never arrives' }],
  ],
  [
    'raise a ticket about supplier PPM for Rhodan hoses',
    ['skill', 'file_ticket', { summary: 'supplier PPM for Rhodan hoses' }],
  ],
  [
    'log a new ticket: test bench 4 leaks coolant',
    ['skill', 'file_ticket', { summary: 'test bench 4 leaks coolant' }],
  ],
  [
    'can you open a support ticket that my laptop will not boot',
    ['skill', 'file_ticket', { summary: 'my laptop will not boot' }],
  ],
  [
    'I need to open a ticket: heating in building B is off',
    ['skill', 'file_ticket', { summary: 'heating in building B is off' }],
  ],
  [
    'The parking barrier at gate 2 is stuck, please open a ticket',
    ['skill', 'file_ticket', { summary: 'The parking barrier at gate 2 is stuck' }],
  ],
  [
    'submit a request: need access to the HIL rig',
    ['skill', 'file_ticket', { summary: 'need access to the HIL rig' }],
  ],
  ['open a ticket', ['ask', 'file_ticket', {}]],
  ['file a ticket please', ['ask', 'file_ticket', {}]],
  ['status of ticket 12', ['skill', 'ticket_status', { ticketId: 12 }]],
  ["what's the status of ticket #7?", ['skill', 'ticket_status', { ticketId: 7 }]],
  ['Is ticket 42 resolved?', ['skill', 'ticket_status', { ticketId: 42 }]],
  ['where is my ticket 3', ['skill', 'ticket_status', { ticketId: 3 }]],
  ['check ticket 15', ['skill', 'ticket_status', { ticketId: 15 }]],
  ['any update on incident 99?', ['skill', 'ticket_status', { ticketId: 99 }]],
  ['status of my ticket', ['ask', 'ticket_status', {}]],
  ['my tickets', ['skill', 'my_tickets', {}]],
  ['show my tickets', ['skill', 'my_tickets', {}]],
  ['list my open tickets', ['skill', 'my_tickets', {}]],
  ['what are my requests?', ['skill', 'my_tickets', {}]],
  ['tickets I filed', ['skill', 'my_tickets', {}]],
  [
    'draft a report on brake supplier quality for Peugeot',
    ['skill', 'draft_report', { topic: 'brake supplier quality for Peugeot' }],
  ],
  // The router knows no organisation's brands: `draft_report` finds the brand in the topic (its own tests).
  [
    'draft a report on brake supplier quality for Brava',
    ['skill', 'draft_report', { topic: 'brake supplier quality for Brava' }],
  ],
  [
    'write a report about NMP-E charging for customers',
    ['skill', 'draft_report', { topic: 'NMP-E charging', audience: 'customer' }],
  ],
  [
    'prepare a short report on corrosion testing in 2025',
    ['skill', 'draft_report', { topic: 'corrosion testing', period: '2025' }],
  ],
  [
    'please generate a briefing on the Velora launch for the board',
    ['skill', 'draft_report', { topic: 'Velora launch', audience: 'management' }],
  ],
  [
    'compile a report on supplier PPAP Q3 2025 for the press',
    ['skill', 'draft_report', { topic: 'supplier PPAP', period: 'Q3 2025', audience: 'external' }],
  ],
  [
    'can you write me a report covering OTA software releases',
    ['skill', 'draft_report', { topic: 'OTA software releases' }],
  ],
  ['draft a report', ['ask', 'draft_report', {}]],
  ['write a report for Aurex', ['skill', 'draft_report', { topic: 'Aurex' }]],
  [
    'What is the pass criterion for the brake fade test?',
    ['skill', 'ask_knowledge', { question: 'What is the pass criterion for the brake fade test?' }],
  ],
  [
    'How do I connect to the corporate VPN?',
    ['skill', 'ask_knowledge', { question: 'How do I connect to the corporate VPN?' }],
  ],
  [
    'What does a ticket cost in the canteen?',
    ['skill', 'ask_knowledge', { question: 'What does a ticket cost in the canteen?' }],
  ],
  [
    'report writing guidelines for Velora',
    ['skill', 'ask_knowledge', { question: 'report writing guidelines for Velora' }],
  ],
  [
    'How do I report a paint defect?',
    ['skill', 'ask_knowledge', { question: 'How do I report a paint defect?' }],
  ],
  [
    'Which tickets does the ISO 26262 process require?',
    ['skill', 'ask_knowledge', { question: 'Which tickets does the ISO 26262 process require?' }],
  ],
  [
    '<at>Norvik Assistant</at> open a ticket: printer jam on floor 2',
    ['skill', 'file_ticket', { summary: 'printer jam on floor 2' }],
  ],
  ['', ['empty']],
];

describe('routeMessage: phrasing table (no model)', () => {
  it(`has at least 40 phrasings (${TABLE.length})`, () => assert.ok(TABLE.length >= 40));
  for (const [text, expected] of TABLE) {
    it(`"${text}"`, () => assert.deepEqual(summary(routeMessage(text, registry)), expected));
  }
  it('is deterministic', () => {
    for (const [text] of TABLE) assert.deepEqual(routeMessage(text, registry), routeMessage(text, registry));
  });
  it('routes only to registered skills', () => {
    const knowledgeOnly = new SkillRegistry().register(skill('ask_knowledge'));
    assert.deepEqual(summary(routeMessage('open a ticket: printer jam', knowledgeOnly)), [
      'skill',
      'ask_knowledge',
      { question: 'open a ticket: printer jam' },
    ]);
  });
});

describe('completeFollowUp', () => {
  const cases: [
    string,
    { skill: string; params: Record<string, unknown>; missing: string },
    string,
    unknown[],
  ][] = [
    [
      'fills a report topic',
      { skill: 'draft_report', params: { brand: 'aurex' }, missing: 'topic' },
      'logo usage',
      ['skill', 'draft_report', { brand: 'aurex', topic: 'logo usage' }],
    ],
    [
      'fills a ticket summary',
      { skill: 'file_ticket', params: {}, missing: 'summary' },
      'the CAN rig is down',
      ['skill', 'file_ticket', { summary: 'the CAN rig is down' }],
    ],
    [
      'reads a ticket number',
      { skill: 'ticket_status', params: {}, missing: 'ticketId' },
      'number 12 please',
      ['skill', 'ticket_status', { ticketId: 12 }],
    ],
    [
      'asks again without a number',
      { skill: 'ticket_status', params: {}, missing: 'ticketId' },
      'the one from Monday',
      ['ask', 'ticket_status', {}],
    ],
    [
      'lets a new request win',
      { skill: 'draft_report', params: {}, missing: 'topic' },
      'my tickets',
      ['skill', 'my_tickets', {}],
    ],
    ['lets help win', { skill: 'draft_report', params: {}, missing: 'topic' }, 'help', ['help']],
  ];
  for (const [name, pending, reply, expected] of cases) {
    it(name, () => assert.deepEqual(summary(completeFollowUp(pending, reply, registry)), expected));
  }
});
