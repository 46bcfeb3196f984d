import assert from 'node:assert/strict';
import path from 'node:path';
import { EVERYONE } from '../../../knowledge/access/Principal';
import { FolderSource } from '../../../knowledge/sources/FolderSource';
import { askKnowledgeSkill } from '../../../skills/knowledge/askKnowledgeSkill';
import type { SkillResult } from '../../../skills/SkillDescriptor';
import { SkillRegistry } from '../../../skills/SkillRegistry';
import { useSearchedIndex } from './searchedIndex';
import { writeFileIn } from '../../support/writeFileIn';

/** A small office handbook: templates and printing, but no letterheads and no dress code. */
const DOCS: Record<string, string> = {
  'office/templates.md':
    '# Document templates\n\nPrinted letters use the shared document template with the office address in the footer. ' +
    'The template lives in the shared drive under Templates.\n',
  'office/printing.md':
    '# Printing\n\nPrinters on every floor print double-sided by default. Colour printing needs a cost centre code.\n',
  'office/visitors.md':
    '# Visitors\n\nVisitors sign in at reception and wear a badge. The code of conduct applies to visitors too.\n',
  'office/filters.md':
    '# Scanning\n\nThe scanner removes blank pages automatically. Noise removal filters run on every scan.\n',
};

describe('ask_knowledge declines a question whose subject the documents never name', function () {
  this.timeout(60_000);
  const indexed = useSearchedIndex('focus-ask-', (dir) => {
    const corpus = path.join(dir, 'corpus');
    for (const [file, text] of Object.entries(DOCS)) writeFileIn(corpus, file, text);
    return new FolderSource({ root: corpus, defaultAccess: [EVERYONE] });
  });

  const ask = (question: string): Promise<SkillResult> => {
    const skill = new SkillRegistry()
      .register(askKnowledgeSkill({ index: indexed.recording, linkFor: (passage) => passage.docId }))
      .get('ask_knowledge');
    assert.ok(skill);
    return skill.invoke({ question }, { user: { id: 'u-1', principals: [EVERYONE] }, surface: 'test' });
  };

  const cases: { question: string; answered: boolean; counts: string[] }[] = [
    // "letterhead" is in no document: the template evidence is about something else.
    {
      question: 'Which letterhead template should we use for printed letters?',
      answered: false,
      counts: ['letterhead', 'template'],
    },
    // Every word the question asks about is in the passages: no extra search.
    { question: 'Which document template should we use for printed letters?', answered: true, counts: [] },
    // "removal" is held by "removes" (another derived form): no extra search either.
    { question: 'Which blank page removal does the scanner do?', answered: true, counts: [] },
  ];
  for (const { question, answered, counts } of cases)
    it(`${answered ? 'answers' : 'declines'} "${question}"`, async () => {
      indexed.searched.length = 0;
      const result = await ask(question);
      assert.equal(result.citations.length > 0, answered, result.text);
      assert.deepEqual(indexed.searched.slice(1).sort(), [...counts].sort());
    });
});
