import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ALEX, MEGAN, messageActivity } from '../../support/botFixture';
import { useFixtureBot } from '../../support/useFixtureBot';
import { cardText, cardUrls } from '../../support/cardText';
import { validateCard } from '../../adaptive-cards/validateCard';

interface Reply {
  type: string;
  text?: string;
  attachments?: { contentType: string; content: unknown }[];
  entities?: {
    type: string;
    additionalType?: string[];
    citation?: { position: number; appearance: { name: string } }[];
  }[];
}

describe('bot HTTP server (real server on loopback)', () => {
  const fixture = useFixtureBot();

  const post = (
    body: string | object,
    headers: Record<string, string> = { 'content-type': 'application/json' },
  ) =>
    fetch(`${fixture.baseUrl}/api/messages`, {
      method: 'POST',
      headers,
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });

  async function ask(text: string, userId = ALEX): Promise<Reply> {
    const response = await post(messageActivity(text, userId));
    assert.equal(response.status, 200);
    const body = (await response.json()) as { activities: Reply[] };
    const reply = body.activities.find(
      (activity) => activity.type === 'message' && activity.attachments?.length,
    );
    assert.ok(reply, `no card reply in ${JSON.stringify(body)}`);
    return reply;
  }
  const cardOf = (reply: Reply) => {
    const attachment = reply.attachments?.find(
      (a) => a.contentType === 'application/vnd.microsoft.card.adaptive',
    );
    assert.ok(attachment, 'reply has no Adaptive Card');
    return attachment.content;
  };

  it('answers health checks', async () => {
    const response = await fetch(`${fixture.baseUrl}/healthz`);
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), { status: 'ok', mode: 'local' });
  });

  it('answers a question with a cited Adaptive Card, AI label and citation entities', async () => {
    const reply = await ask('What is the pass criterion for the brake fade test?');
    const card = cardOf(reply);
    assert.deepEqual(validateCard(card), []);
    const text = cardText(card);
    assert.match(text, /6\.0 m\/s²/);
    assert.match(text, /\[1\]/);
    assert.match(text, /Brake Fade Test Standard/);
    const entity = reply.entities?.find((e) => e.type === 'https://schema.org/Message');
    assert.deepEqual(entity?.additionalType, ['AIGeneratedContent']);
    assert.equal(entity?.citation?.[0]?.position, 1);
    assert.equal(entity?.citation?.[0]?.appearance.name, 'Brake Fade Test Standard');
    assert.match(reply.text ?? '', /\[1\]/);
  });

  it('never cites a document the user may not read', async () => {
    const alex = cardText(cardOf(await ask('When is the Torrente launch date?', ALEX)));
    assert.doesNotMatch(alex, /Torrente Launch Plan|14 March 2027|Geneva/);
    const megan = cardText(cardOf(await ask('When is the Torrente launch date?', MEGAN)));
    assert.match(megan, /14 March 2027/);
  });

  it('says plainly when nothing relevant is found', async () => {
    const text = cardText(cardOf(await ask('What is the capital of Peru?')));
    assert.match(text, /couldn't find anything relevant/i);
    assert.doesNotMatch(text, /\[1\]/);
  });

  const captured = (name: string): Record<string, unknown> =>
    JSON.parse(fs.readFileSync(path.join(__dirname, '../../fixtures/activities', name), 'utf8')) as Record<
      string,
      unknown
    >;

  it('answers a message activity captured from the Agents Playground', async () => {
    const response = await post({ ...captured('message.json'), deliveryMode: 'expectReplies' });
    assert.equal(response.status, 200);
    const { activities } = (await response.json()) as { activities: Reply[] };
    const reply = activities.find((a) => a.attachments?.length);
    assert.ok(reply);
    assert.match(cardText(cardOf(reply)), /6\.0 m\/s²/);
  });

  it('welcomes on install (conversationUpdate captured from the Playground)', async () => {
    const response = await post({ ...captured('conversationUpdate.json'), deliveryMode: 'expectReplies' });
    assert.equal(response.status, 200);
    const { activities } = (await response.json()) as { activities: Reply[] };
    const card = cardOf(activities.find((a) => a.attachments?.length) as Reply);
    assert.deepEqual(validateCard(card), []);
    assert.match(cardText(card), /Knowledge Assistant/); // the default BOT_NAME
  });

  it('does not welcome again when only a person joins', async () => {
    const update = captured('conversationUpdate.json');
    const response = await post({
      ...update,
      membersAdded: [{ id: 'user-id-9' }],
      deliveryMode: 'expectReplies',
    });
    assert.equal(response.status, 200);
    const { activities } = (await response.json()) as { activities: Reply[] };
    assert.equal(activities.filter((a) => a.attachments?.length).length, 0);
  });

  it('replies to help with the help card, offering no example this corpus cannot answer', async () => {
    const card = cardOf(await ask('help'));
    assert.deepEqual(validateCard(card), []);
    assert.match(cardText(card), /Ask the knowledge base/);
    // The title's question gets no answer over this two-document corpus (its text never says "standard").
    assert.doesNotMatch(cardText(card), /What does “Brake Fade Test Standard” say\?/);
  });

  it('serves a cited document only to the user the link was issued for', async () => {
    const card = cardOf(await ask('What is the pass criterion for the brake fade test?'));
    const link = cardUrls(card).find((url) => url.includes('/docs?'));
    assert.ok(link, 'citation has no viewer link');
    const page = await fetch(link);
    assert.equal(page.status, 200);
    const html = await page.text();
    assert.match(html, /at least 6\.0 m\/s²/);
    assert.match(html, /Local preview/, 'local mode says the viewer is a local preview');
    const forged = new URL(link);
    forged.searchParams.set('u', MEGAN);
    assert.equal((await fetch(forged)).status, 403);
  });

  it('does not show a restricted document through a link to a user who lost access', async () => {
    const card = cardOf(await ask('When is the Torrente launch date?', MEGAN));
    const link = cardUrls(card).find((url) => url.includes('/docs?'));
    assert.ok(link);
    const forAlex = new URL(link);
    forAlex.searchParams.set('u', ALEX);
    const response = await fetch(forAlex);
    assert.equal(response.status, 403);
    assert.doesNotMatch(await response.text(), /Torrente/);
  });

  const badRequests: [string, () => Promise<Response>, number, string][] = [
    ['empty object', () => post({}), 400, 'invalid_activity'],
    ['invalid JSON', () => post('{"type":'), 400, 'invalid_json'],
    ['JSON array', () => post('[1,2]'), 400, 'invalid_activity'],
    ['null', () => post('null'), 400, 'invalid_activity'],
    [
      'missing serviceUrl',
      () => post({ ...messageActivity('hi'), serviceUrl: undefined }),
      400,
      'invalid_activity',
    ],
    [
      'missing recipient',
      () => post({ ...messageActivity('hi'), recipient: undefined }),
      400,
      'invalid_activity',
    ],
    [
      'javascript serviceUrl',
      () => post({ ...messageActivity('hi'), serviceUrl: 'javascript:alert(1)' }),
      400,
      'invalid_activity',
    ],
    [
      'text not a string',
      () => post({ ...messageActivity('hi'), text: { $gt: 1 } }),
      400,
      'invalid_activity',
    ],
    [
      'body over 256 KB',
      () => post({ ...messageActivity('x'.repeat(300 * 1024)) }),
      413,
      'payload_too_large',
    ],
    [
      'wrong content type',
      () => post('hello', { 'content-type': 'text/plain' }),
      415,
      'unsupported_media_type',
    ],
    [
      'an invoke no handler takes',
      () =>
        post({
          ...messageActivity(''),
          type: 'invoke',
          name: 'unknown/thing',
          value: {},
          deliveryMode: undefined,
        }),
      501,
      'invoke_not_supported',
    ],
    ['GET on messages', () => fetch(`${fixture.baseUrl}/api/messages`), 405, 'method_not_allowed'],
    ['unknown path', () => fetch(`${fixture.baseUrl}/nope`), 404, 'not_found'],
  ];
  for (const [name, send, status, code] of badRequests) {
    it(`rejects ${name} with ${status} ${code}`, async () => {
      const response = await send();
      assert.equal(response.status, status);
      const body = (await response.json()) as { error: { code: string; message: string } };
      assert.equal(body.error.code, code);
      assert.ok(body.error.message.length > 0);
    });
  }

  it('keeps serving after a burst of hostile requests', async () => {
    const burst = Array.from({ length: 40 }, (_, i) =>
      i % 2 === 0 ? post('{') : post({ type: 'message', conversation: null }).then((r) => r.status),
    );
    await Promise.all(burst);
    const reply = await ask('brake fade pass criterion');
    assert.match(cardText(cardOf(reply)), /6\.0/);
  });
});
