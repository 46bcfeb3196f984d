import assert from 'node:assert/strict';
import { toolError, toolResult } from '../../../host/mcp/toolResult';
import { AppError } from '../../../skills/errors/AppError';
import type { SkillResult } from '../../../skills/SkillDescriptor';
import { toSkillApiResponse } from '../../../skills/surfaces/SkillApiResponse';
import { citedResult } from '../../support/citedResult';

/** Hostile strings a document title or passage may carry. */
const HOSTILE = [
  '[click here](https://evil.example/phish)',
  '![tracker](https://evil.example/pixel.png)',
  '<img src=x onerror=alert(1)>',
  '[ref]: https://evil.example/ref',
];

const result = (text: string, title: string): SkillResult =>
  citedResult(text, title, 'https://bot.example.com/docs?d=1');

const textOf = (r: ReturnType<typeof toolResult>) =>
  r.content.map((block) => (block.type === 'text' ? block.text : '')).join('');

describe('toolResult (a skill result as an MCP tool result)', () => {
  for (const hostile of HOSTILE) {
    it(`keeps ${JSON.stringify(hostile)} inert in the text block, the citation link only in structured content`, () => {
      const out = toolResult(toSkillApiResponse('ask_knowledge', result(hostile, hostile)));
      const text = textOf(out);
      // No markdown link, image, reference definition or HTML survives (bare URLs stay visible text, as on cards).
      assert.doesNotMatch(text, /\]\(|!\[|<img|\]:\s/);
      assert.doesNotMatch(text, /bot\.example\.com/, 'the citation link is not in the text');
      assert.match(text, /\[1\]/);
      const structured = out.structuredContent as { citations: { url: string }[] };
      assert.equal(structured.citations[0]?.url, 'https://bot.example.com/docs?d=1');
    });
  }

  it('names the confirm tool and the token of a pending proposal', () => {
    const out = toolResult(
      toSkillApiResponse('file_ticket', {
        ...result('Ticket draft', 'x'),
        citations: [],
        confirmation: {
          skill: 'file_ticket',
          token: 'tok-1',
          expiresAt: '2030-01-01T00:00:00.000Z',
          summary: 'File it',
        },
      }),
    );
    assert.match(
      textOf(out),
      /Proposed, nothing done yet: File it\n.*call fileTicketConfirm with token tok-1/,
    );
  });

  it('makes a refusal a tool error with the catalog code and user-safe message only', () => {
    const out = toolError(new AppError('confirmation_invalid', { cause: new Error('internal detail') }));
    assert.equal(out.isError, true);
    assert.equal(out.structuredContent, undefined);
    assert.match(textOf(out), /^confirmation_invalid: /);
    assert.doesNotMatch(textOf(out), /internal detail/);
  });
});
