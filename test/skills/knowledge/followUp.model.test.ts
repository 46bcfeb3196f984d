import assert from 'node:assert/strict';
import { FollowUpResolver } from '../../../skills/knowledge/FollowUpResolver';
import { REWRITE_MAX_CHARS, validateRewrite } from '../../../skills/knowledge/rewriteFollowUpWithModel';
import type { ChatModel, ChatRequest } from '../../../skills/model/ChatModel';
import { ModelError } from '../../../skills/model/ModelError';

const FIRST = 'What is the clear space rule for the Aurex logo?';
const RULES = 'What is the clear space rule for the Brava logo?';
const key = { conversationId: 'conv', userId: 'alex' };

/** A scripted `ChatModel` that records its requests. */
function scriptedModel(answer: (request: ChatRequest) => Promise<{ text: string }>) {
  const requests: ChatRequest[] = [];
  const model: ChatModel = {
    name: 'model:test',
    complete: (request) => {
      requests.push(request);
      return answer(request);
    },
  };
  return { model, requests };
}

async function understandWith(model: ChatModel, message = 'and for Brava?', modelTimeoutMs = 200) {
  const followUps = new FollowUpResolver({ model, modelTimeoutMs });
  await followUps.remember(key, FIRST, FIRST);
  return followUps.understand(key, message);
}

describe('follow-up rewrite with a model configured (validated, rule fallback)', () => {
  it('uses the model’s rewrite of the last turns', async () => {
    const { model, requests } = scriptedModel(async () => ({
      text: 'What is the clear space rule for the Brava logo and wordmark?',
    }));
    const understood = await understandWith(model);
    assert.deepEqual(understood, {
      question: 'What is the clear space rule for the Brava logo and wordmark?',
      followUp: true,
      method: 'model',
    });
    assert.equal(requests.length, 1);
    const prompt = requests[0]?.messages.map((m) => m.content).join('\n') ?? '';
    assert.match(prompt, /1\. What is the clear space rule for the Aurex logo\?/);
    assert.match(prompt, /Follow-up: and for Brava\?/);
    assert.equal(requests[0]?.temperature, 0);
  });

  it('strips a label and quotes from the rewrite', async () => {
    const { model } = scriptedModel(async () => ({
      text: ' Question: "What is the Brava logo clear space?" ',
    }));
    assert.equal((await understandWith(model)).question, 'What is the Brava logo clear space?');
  });

  for (const [name, text] of [
    ['empty', '   '],
    ['several lines', 'What is the rule?\nAlso, here is the answer.'],
    ['too long', `What ${'very '.repeat(REWRITE_MAX_CHARS / 5)}long?`],
    ['a link', 'See https://evil.example/phish for the rule'],
    ['markup', '<img src=x onerror=alert(1)> rule?'],
    ['punctuation only', '???'],
    ['the follow-up repeated', 'And for Brava?'],
  ] as const) {
    it(`falls back to the rule rewrite when the output is ${name}`, async () => {
      const { model } = scriptedModel(async () => ({ text }));
      assert.deepEqual(await understandWith(model), {
        question: RULES,
        followUp: true,
        method: 'swap-name',
      });
    });
  }

  it('falls back to the rule rewrite when the model fails', async () => {
    const { model } = scriptedModel(async () => {
      throw new ModelError('model_unavailable', 503);
    });
    assert.equal((await understandWith(model)).question, RULES);
  });

  it('falls back to the rule rewrite on timeout, and aborts the call', async () => {
    let aborted = false;
    const { model } = scriptedModel(
      (request) =>
        new Promise((_, reject) => {
          request.signal?.addEventListener('abort', () => {
            aborted = true;
            reject(new ModelError('model_timeout'));
          });
        }),
    );
    const started = Date.now();
    assert.equal((await understandWith(model, 'and for Brava?', 50)).question, RULES);
    assert.ok(Date.now() - started < 1000, 'bounded by the rewrite timeout');
    assert.equal(aborted, true);
  });

  it('falls back on timeout even when the model ignores the abort signal', async () => {
    const { model } = scriptedModel(() => new Promise(() => undefined));
    assert.equal((await understandWith(model, 'and for Brava?', 30)).question, RULES);
  });

  it('does not call the model for a full question or without context', async () => {
    const { model, requests } = scriptedModel(async () => ({ text: 'unused?' }));
    const followUps = new FollowUpResolver({ model });
    assert.equal((await followUps.understand(key, 'and for Brava?')).followUp, false);
    await followUps.remember(key, FIRST, FIRST);
    const full = await followUps.understand(key, 'How do I connect to the corporate VPN?');
    assert.deepEqual(full, { question: 'How do I connect to the corporate VPN?', followUp: false });
    assert.equal(requests.length, 0);
  });

  it('validateRewrite accepts one plain line and rejects the rest', () => {
    assert.equal(validateRewrite('What is X?'), 'What is X?');
    assert.equal(validateRewrite('“Quelle est la règle pour Brava ?”'), 'Quelle est la règle pour Brava ?');
    assert.equal(validateRewrite('[x](javascript:alert(1))'), undefined);
    assert.equal(validateRewrite('```sql\nDROP\n```'), undefined);
  });
});
