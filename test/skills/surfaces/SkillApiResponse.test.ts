import assert from 'node:assert/strict';
import { expandTemplate } from '../../../adaptive-cards';
import { responseCardTemplate } from '../../../tools/package/responseCardTemplate';
import { toSkillApiResponse } from '../../../skills/surfaces/SkillApiResponse';
import { citedResult } from '../../support/citedResult';

/** Hostile strings a document title, passage or model output may carry. */
const HOSTILE = [
  'Brake fade form](https://evil.example/login) [see',
  '[click here](https://evil.example/phish)',
  '![tracker](https://evil.example/pixel.png)',
  '[x](javascript:alert(1))',
  '<a href="https://evil.example">open</a>',
  '<img src=x onerror=alert(1)>',
  '${process.exit(1)} {{DATE(2020-01-01T00:00:00Z)}}',
  '[ref]: https://evil.example/ref',
  '# Heading injected',
  'data:text/html;base64,PHNjcmlwdD4=',
];

const result = citedResult;

/** Every markdown link or image target in the card's text. */
function linkTargets(card: object): string[] {
  const texts = JSON.stringify(card).match(/"text":"((?:[^"\\]|\\.)*)"/g) ?? [];
  return texts.flatMap((t) => [...t.matchAll(/!?\[[^\]]*\]\(([^)]*)\)/g)].map((m) => m[1] ?? ''));
}

describe('toSkillApiResponse: everything leaving through the plugin API is inert', () => {
  for (const hostile of HOSTILE) {
    it(`no live link, image, HTML or expression from ${JSON.stringify(hostile).slice(0, 50)}`, () => {
      const response = toSkillApiResponse(
        'ask_knowledge',
        result(hostile, hostile, 'https://contoso.sharepoint.com/doc'),
      );
      for (const value of [response.text, response.citations[0]?.title ?? '']) {
        assert.doesNotMatch(value, /\]\(|<a |<img|\$\{|\{\{/i, value);
      }
      const card = expandTemplate(responseCardTemplate({ title: 'Ask' }), response);
      assert.deepEqual(linkTargets(card), ['https://contoso.sharepoint.com/doc'], JSON.stringify(card));
    });
  }

  it('keeps the [n] citation markers and a leading ticket number readable', () => {
    const response = toSkillApiResponse(
      'ticket_status',
      result('#12 (new): printer jam', 'Ticket', 'https://x.example/'),
    );
    assert.equal(response.text, '#12 (new): printer jam [1]');
  });

  it('carries the sensitivity label, made inert, and leaves it out when there is none', () => {
    const labelled = {
      ...result('x', 't', 'https://x.example/'),
      sensitivityLabel: { name: 'Confidential' },
    };
    assert.equal(toSkillApiResponse('ask_knowledge', labelled).sensitivityLabel, 'Confidential');
    const hostile = { ...labelled, sensitivityLabel: { name: '[x](https://evil.example)' } };
    assert.doesNotMatch(toSkillApiResponse('ask_knowledge', hostile).sensitivityLabel ?? '', /\]\(/);
    assert.ok(!('sensitivityLabel' in toSkillApiResponse('ask_knowledge', result('x', 't', ''))));
  });

  it('drops a citation URL that is not absolute http(s)', () => {
    for (const url of [
      'javascript:alert(1)',
      'data:text/html,x',
      '/relative',
      'https://user:pw@evil.example/',
    ]) {
      assert.equal(toSkillApiResponse('ask_knowledge', result('x', 't', url)).citations[0]?.url, '', url);
    }
  });
});

describe('responseCardTemplate: the sensitivity label', () => {
  it('leads the card when the response carries one, and is absent otherwise', () => {
    const base = { skill: 'ask_knowledge', text: 'x', aiGenerated: true, citations: [] };
    const labelled = expandTemplate(responseCardTemplate({ title: 'Ask' }), {
      ...base,
      sensitivityLabel: 'Confidential',
    }) as { body: { text: string }[] };
    assert.equal(labelled.body[0]?.text, 'Sensitivity: Confidential');
    const plain = expandTemplate(responseCardTemplate({ title: 'Ask' }), base) as {
      body: { text: string }[];
    };
    assert.ok(!JSON.stringify(plain).includes('Sensitivity'));
  });
});

describe('responseCardTemplate: a source without a usable URL', () => {
  it('shows its title as text, not as an empty link', () => {
    const response = toSkillApiResponse('ask_knowledge', result('x', 'Local note', 'javascript:alert(1)'));
    const card = JSON.stringify(expandTemplate(responseCardTemplate({ title: 'Ask' }), response));
    assert.match(card, /\[1\] Local note/);
    assert.doesNotMatch(card, /\]\(/);
  });
});
