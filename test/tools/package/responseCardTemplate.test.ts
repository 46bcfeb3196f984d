import assert from 'node:assert/strict';
import * as ACData from 'adaptivecards-templating';
import { MAX_CARD_BYTES, cardBytes } from '../../../adaptive-cards';
import { responseCardTemplate } from '../../../tools/package/responseCardTemplate';
import type { SkillApiResponse } from '../../../skills/surfaces/SkillApiResponse';
import { validateCard } from '../../adaptive-cards/validateCard';
import { cardText } from '../../support/cardText';

const expand = (response: SkillApiResponse): unknown =>
  new ACData.Template(responseCardTemplate({ title: 'Ask the knowledge base' })).expand({ $root: response });

const answer: SkillApiResponse = {
  skill: 'ask_knowledge',
  text: 'The pass criterion is 6.0 m/s² on the tenth stop. [1]\n\nThe vehicle performs ten stops. [1][2]',
  aiGenerated: true,
  citations: [
    { n: 1, title: 'Brake Fade Test Standard', url: 'https://bot.example.com/docs?d=a' },
    { n: 2, title: 'Brake System Validation', url: 'https://bot.example.com/docs?d=b' },
  ],
};

describe('responseCardTemplate: the Copilot response card of a skill', () => {
  const cases: [string, SkillApiResponse, RegExp[], RegExp[]][] = [
    [
      'a cited answer',
      answer,
      [
        /6\.0 m\/s²/,
        /ten stops/,
        /AI-generated/,
        /Sources/,
        /\[2\] \[Brake System Validation\]\(https:\/\/bot\.example\.com\/docs\?d=b\)/,
      ],
      [/Nothing has happened/],
    ],
    [
      'a proposal awaiting confirmation',
      {
        skill: 'file_ticket',
        text: 'Check the ticket form. Nothing is filed until you confirm.',
        aiGenerated: false,
        citations: [],
        confirmation: {
          skill: 'file_ticket',
          token: 't',
          expiresAt: '2026-01-01T00:00:00.000Z',
          summary: 'File a high-priority lab ticket: "CAN simulator down".',
        },
      },
      [/CAN simulator down/, /Nothing has happened yet/],
      [/Sources/, /AI-generated/],
    ],
  ];
  for (const [name, response, shown, hidden] of cases) {
    it(`expands ${name} to a valid 1.5 card within 28 KB`, () => {
      const card = expand(response);
      assert.deepEqual(validateCard(card), []);
      assert.equal((card as { version: string }).version, '1.5');
      assert.ok(cardBytes(card) <= MAX_CARD_BYTES);
      const text = cardText(card);
      for (const pattern of shown) assert.match(text, pattern);
      for (const pattern of hidden) assert.doesNotMatch(text, pattern);
    });
  }
});
