import assert from 'node:assert/strict';
import { knowledgeGaps, type GapItem } from '../../../skills/admin/knowledgeGaps';

const declined = (question: string, closest: string[] = []): GapItem => ({
  kind: 'declined',
  question,
  closestSourceIds: closest,
});

describe('knowledgeGaps: grouping by shared salient terms', () => {
  it('groups questions that share a content word, labelled by it, with the documents that came closest', () => {
    const topics = knowledgeGaps([
      declined('Where can I park my bike at the plant?', ['mobility.md', 'site.md']),
      declined('Is there bike parking near building 4?', ['mobility.md']),
      {
        kind: 'disliked',
        question: 'How many bike racks are there?',
        comment: 'Wrong site',
        closestSourceIds: ['site.md', 'mobility.md'],
      },
      declined('What is the canteen menu today?', ['canteen.md']),
    ]);
    assert.equal(topics.length, 2);
    const [bikes, canteen] = topics;
    assert.equal(bikes?.topic, 'bike park');
    assert.deepEqual([bikes?.declined, bikes?.disliked], [2, 1]);
    assert.deepEqual(bikes?.comments, ['Wrong site']);
    assert.deepEqual(bikes?.closest, [
      { docId: 'mobility.md', items: 3 },
      { docId: 'site.md', items: 2 },
    ]);
    assert.equal(canteen?.topic, 'canteen menu');
    assert.deepEqual(canteen?.questions, ['What is the canteen menu today?']);
  });

  it('adds the second word more than half of a group shares to its label', () => {
    const three = [
      declined('charging cable length?'),
      declined('Which charging cable do I need?'),
      declined('charging speed at home'),
    ];
    assert.equal(knowledgeGaps(three)[0]?.topic, 'charging cable');
    assert.equal(knowledgeGaps([...three, declined('charging at night')])[0]?.topic, 'charging');
  });

  it('matches inflected forms (stems) and keeps a question in one topic only', () => {
    const topics = knowledgeGaps([
      declined('parking rules'),
      declined('Where do visitors park?'),
      declined('visitor parking'),
    ]);
    const counted = topics.reduce((n, t) => n + t.declined, 0);
    assert.equal(counted, 3);
    assert.ok(
      topics.some((t) => /^(park|visitor)/.test(t.topic) && t.declined >= 2),
      JSON.stringify(topics),
    );
  });

  it('returns nothing for nothing, and a topic for a question of stop words only', () => {
    assert.deepEqual(knowledgeGaps([]), []);
    assert.equal(knowledgeGaps([declined('what is it?')])[0]?.topic, '(no words)');
  });
});
