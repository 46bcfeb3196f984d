import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { detectFollowUp } from '../../../skills/knowledge/detectFollowUp';
import { resolveFollowUp } from '../../../skills/knowledge/resolveFollowUp';

describe('detectFollowUp (form only, no vocabulary)', () => {
  for (const [message, reason] of [
    ['and for vans?', 'lead'],
    ['And what about the second one?', 'lead'],
    ['how about the night shift', 'lead'],
    ['same for contractors', 'lead'],
    ['also for interns?', 'lead'],
    ['and if I am abroad?', 'lead'],
    ['what if the battery is cold?', 'lead'],
    ['et pour Lyon ?', 'lead'],
    ['und für Berlin?', 'lead'],
    ['for vans?', 'preposition'],
    ['from abroad?', 'preposition'],
    ['how do I reset it?', 'reference'],
    ['is that mandatory?', 'reference'],
    ['the second step?', 'reference'],
    ['Zephyr?', 'name'],
    ['XR-7', 'name'],
  ] as const) {
    it(`"${message}" is a follow-up (${reason})`, () =>
      assert.equal(detectFollowUp(message)?.reason, reason));
  }

  for (const message of [
    'How do I connect to the corporate VPN from home?',
    'and how do I reset a forgotten password?',
    'What is the deadline for a dealer to submit a warranty claim?',
    'Is the IT helpdesk open on Sundays?',
    'vpn setup',
    'Great!',
    'also how do I connect to the VPN?',
    'For how long is a VPN session valid?',
    'In which document is the torque specified?',
    'what is the wheelbase?',
    'Perfect',
    'Thank you',
    'and',
    '',
    'and for the new electric delivery vans in the northern region with the heavy package?',
  ]) {
    it(`"${message}" is not a follow-up`, () => assert.equal(detectFollowUp(message), undefined));
  }
});

describe('resolveFollowUp (rule rewrite of the previous effective question)', () => {
  for (const [previous, message, expected] of [
    [
      'What is the warranty period for Zephyr cars?',
      'and for Orion?',
      'What is the warranty period for Orion cars?',
    ],
    [
      'What is the range of the XR-7 model?',
      'what about the XR-9 one?',
      'What is the range of the XR-9 model?',
    ],
    ['How do I book a desk from home?', 'and from the office?', 'How do I book a desk from the office?'],
    ['How do I book a desk?', 'and for next week?', 'How do I book a desk for next week?'],
    ['What is the price of the basic plan?', 'and the discount?', 'What is the discount of the basic plan?'],
    [
      'How do I install the printer driver?',
      'what about the third step?',
      'What is the third step to install the printer driver?',
    ],
    [
      'How do I install the printer driver?',
      'and how do I remove it?',
      'How do I remove the printer driver?',
    ],
    ['What is the notice period?', 'and what about it?', 'What is the notice period?'],
    ['What is the mileage allowance in 2025?', 'and in 2026?', 'What is the mileage allowance in 2026?'],
  ] as const) {
    it(`"${previous}" + "${message}" -> "${expected}"`, () =>
      assert.equal(resolveFollowUp(previous, message)?.question, expected));
  }

  it('leaves a bare name that fits nothing in the previous question alone ("VPN?" is a new question)', () =>
    assert.equal(resolveFollowUp('What is the pass criterion for the brake fade test?', 'VPN?'), undefined));

  it('never returns an empty question', () => {
    assert.equal(resolveFollowUp('', 'and for vans?'), undefined);
    assert.equal(resolveFollowUp('?', 'and for vans?'), undefined);
  });
});

describe('resolveFollowUp properties (every sample question x assorted follow-ups)', () => {
  const questions = (
    JSON.parse(fs.readFileSync(path.join(__dirname, '../../../knowledge/sample/questions.json'), 'utf8')) as {
      question: string;
    }[]
  ).map((q) => q.question);
  const followUps = [
    'and for Zephyr?',
    'what about the XR-9 one?',
    'and from abroad?',
    'and in winter?',
    'what about the second step?',
    'how do I reset it?',
    'and its price?',
    'and the deadline?',
    'same for the night shift',
    'and if it fails?',
    'Zephyr?',
    'and?',
    'what about it?',
    'also for 2027?',
  ];

  it('returns a non-empty question ending in "?" without placeholders, or undefined; never throws', () => {
    for (const previous of questions)
      for (const message of followUps) {
        const resolved = resolveFollowUp(previous, message);
        if (!resolved) continue;
        assert.match(resolved.question, /^\S.*\?$/u, `${previous} + ${message}`);
        assert.doesNotMatch(resolved.question, /undefined|null|\?\?|\s{2}/u, `${previous} + ${message}`);
        assert.ok(resolved.question.length <= previous.length + message.length + 40);
      }
  });

  it('is deterministic', () => {
    for (const previous of questions)
      assert.deepEqual(
        resolveFollowUp(previous, 'and for Zephyr?'),
        resolveFollowUp(previous, 'and for Zephyr?'),
      );
  });
});
