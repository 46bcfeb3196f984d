import assert from 'node:assert/strict';
import { questionIntent } from '../../../knowledge/answer/questionIntent';
import { composeExtractiveAnswer } from '../../../knowledge/answer/composeExtractiveAnswer';
import type { Passage } from '../../../knowledge/index/Passage';

describe('questionIntent', () => {
  const table: [string, boolean, boolean][] = [
    ['How do I connect to the VPN?', false, true],
    ['How to request lab access', false, true],
    ['What are the steps of the TARA process?', false, true],
    ['Comment faire une demande de congé ?', false, true],
    ['Wie kann ich mein Passwort zurücksetzen?', false, true],
    ['Come posso prenotare il laboratorio?', false, true],
    ['What is the wheel bolt torque?', true, false],
    ['How many stops does the fade test have?', true, false],
    ['Who owns the Aurex brand?', false, false],
  ];
  for (const [question, quantity, procedure] of table) {
    it(question, () => assert.deepEqual(questionIntent(question), { quantity, procedure }));
  }
});

describe('composeExtractiveAnswer for procedure questions', () => {
  const passage = (chunkId: string, heading: string, text: string): Passage => ({
    docId: 'vpn.md',
    chunkId,
    heading,
    text,
    title: 'VPN guide',
    url: '',
    access: ['everyone'],
    brand: 'group',
    language: 'en',
    modified: '2026-01-01T00:00:00Z',
    score: 1,
  });
  const passages = [
    passage(
      'a',
      'VPN guide > What the VPN is for',
      'The corporate VPN connects you to internal systems when you work from home.',
    ),
    passage('b', 'VPN guide > Before you start', '- Your laptop must be managed.\n- You need MFA.'),
    passage(
      'c',
      'VPN guide > Step-by-step: connect to the VPN',
      '- Open the Secure Connect client.\n- Enter the portal address connect.example and click Connect.\n- Sign in with your e-mail address.\n- Approve the sign-in in the Authenticator app.',
    ),
  ];

  it('answers with the steps of the matching section, numbered in order', () => {
    const answer = composeExtractiveAnswer('How do I connect to the VPN?', passages);
    assert.equal(answer.kind, 'answer');
    if (answer.kind !== 'answer') return;
    assert.deepEqual(
      answer.statements.map((s) => s.text),
      [
        '1. Open the Secure Connect client.',
        '2. Enter the portal address connect.example and click Connect.',
        '3. Sign in with your e-mail address.',
        '4. Approve the sign-in in the Authenticator app.',
      ],
    );
  });

  it('keeps the two-per-passage rule for ordinary questions', () => {
    const answer = composeExtractiveAnswer('What does the corporate VPN connect you to?', passages);
    assert.equal(answer.kind, 'answer');
    if (answer.kind === 'answer') assert.match(answer.statements[0]?.text ?? '', /internal systems/);
  });
});
