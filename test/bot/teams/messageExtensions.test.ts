import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Services } from '../../../host/compose';
import { validateCard } from '../../adaptive-cards/validateCard';
import { ALEX, MEGAN } from '../../support/botFixture';
import { cardText, cardUrls } from '../../support/cardText';
import {
  auditRecords,
  invoke,
  realServices,
  useRealServices,
  type InvokeBody,
} from './messageExtensionsFixture';
import { messagesFor } from '../../../adaptive-cards/messages/messagesFor';

const RESTRICTED_PREVIEW_WARNING = messagesFor('en').result.restrictedWarning;

const search = (services: Services, query: string | undefined, userId = ALEX, extra = {}) =>
  invoke(
    services,
    'composeExtension/query',
    {
      commandId: 'searchKnowledge',
      parameters:
        query === undefined ? [{ name: 'initialRun', value: 'true' }] : [{ name: 'query', value: query }],
      queryOptions: { skip: 0, count: 25 },
      ...extra,
    },
    userId,
  );
/** The texts a preview shows (its tap value is data sent back, not shown). */
const displayed = (preview: { title: string; subtitle?: string; text?: string } | undefined) =>
  [preview?.title, preview?.subtitle, preview?.text].join('\n');
const titles = (body: InvokeBody) =>
  (body.composeExtension?.attachments ?? []).map((a) => a.preview?.content.title ?? '');

describe('message extension: searchKnowledge (TestAdapter + teams-ai Application, real services)', () => {
  const services = useRealServices('me-search-');

  it('returns the brake document for Alex as a list result with a card and a preview', async () => {
    const { status, body } = await search(services(), 'brake fade pass criterion');
    assert.equal(status, 200);
    assert.equal(body.composeExtension?.type, 'result');
    assert.equal(body.composeExtension?.attachmentLayout, 'list');
    assert.equal(titles(body)[0], 'Brake Fade Test Standard');
    const first = body.composeExtension?.attachments?.[0];
    assert.equal(first?.contentType, 'application/vnd.microsoft.card.adaptive');
    assert.equal(first?.preview?.contentType, 'application/vnd.microsoft.card.thumbnail');
    assert.deepEqual(validateCard(first?.content), []);
    assert.match(cardText(first?.content), /6\.0 m\/s²/);
  });

  it('searches when the query names no command and no parameter (as the Agents Playground sends it)', async () => {
    const { status, body } = await invoke(services(), 'composeExtension/query', {
      parameters: [{ value: 'brake fade pass criterion' }],
      queryOptions: { skip: 0, count: 25 },
    });
    assert.equal(status, 200);
    assert.equal(body.composeExtension?.type, 'result');
    assert.equal(titles(body)[0], 'Brake Fade Test Standard');
  });

  it('answers a search naming another command with a message naming the search command', async () => {
    const { status, body } = await search(services(), 'brake fade', ALEX, { commandId: 'findDocs' });
    assert.equal(status, 200);
    assert.equal(body.composeExtension?.type, 'message');
    assert.match(body.composeExtension?.text ?? '', /"searchKnowledge"/);
  });

  it('records the search in the audit trail (surface messageExtension, documents returned)', async () => {
    await search(services(), 'brake fade');
    const last = (await auditRecords(services())).at(-1);
    assert.deepEqual(
      [
        last?.skill,
        last?.action,
        last?.outcome,
        last?.sourceIds,
        (last?.actor as { surface?: string })?.surface,
      ],
      ['ask_knowledge', 'knowledge_searched', 'ok', ['brake-fade.md'], 'messageExtension'],
    );
  });

  it('links each result to the signed viewer (http only)', async () => {
    const { body } = await search(services(), 'brake fade');
    const urls = cardUrls(body.composeExtension?.attachments?.[0]?.content);
    assert.equal(urls.length, 1);
    assert.match(urls[0] ?? '', /^http:\/\/127\.0\.0\.1:3978\/docs\?d=brake-fade\.md&u=/);
  });

  it('never returns the Velora-only document to Alex', async () => {
    const { body } = await search(services(), 'Torrente launch Geneva');
    assert.equal(body.composeExtension?.type, 'message');
    assert.doesNotMatch(JSON.stringify(body), /Torrente|Geneva|14 March/);
  });

  it('returns the Velora-only document to Megan (brand-velora)', async () => {
    const { body } = await search(services(), 'Torrente launch Geneva', MEGAN);
    assert.equal(titles(body)[0], 'Project Torrente Launch Plan');
  });

  it('in a group chat whose members cannot be read, inserts only the title and link of a restricted document', async () => {
    const { body } = await invoke(
      services(),
      'composeExtension/query',
      { commandId: 'searchKnowledge', parameters: [{ name: 'query', value: 'Torrente launch Geneva' }] },
      MEGAN,
      { id: '19:chat-group@thread.v2', conversationType: 'groupChat', isGroup: true, tenantId: 'tenant-1' },
    );
    const attachments =
      (body as { composeExtension?: { attachments?: { content: unknown; preview: { content: unknown } }[] } })
        .composeExtension?.attachments ?? [];
    const torrente = attachments.find((a) => JSON.stringify(a.preview.content).includes('Torrente'));
    assert.ok(torrente, 'Megan still finds the plan for herself');
    assert.ok(JSON.stringify(torrente.preview.content).includes(RESTRICTED_PREVIEW_WARNING));
    assert.doesNotMatch(
      JSON.stringify(torrente.content),
      /Geneva|14 March/,
      'inserted card: title and link only',
    );
  });

  it('keeps hostile query text inert (and still finds the document)', async () => {
    const { status, body } = await search(services(), '**brake** <i>fade</i> ${zorblax} {{qwv}} [x](y)');
    assert.equal(status, 200);
    assert.equal(titles(body)[0], 'Brake Fade Test Standard');
    for (const hit of body.composeExtension?.attachments ?? []) {
      assert.deepEqual(validateCard(hit.content), []);
      assert.doesNotMatch(`${cardText(hit.content)}\n${displayed(hit.preview?.content)}`, /zorblax|qwv|<i>/);
    }
  });

  it('makes a hostile document inert in card and preview', async () => {
    const { body } = await search(services(), 'caliper check');
    const hit = body.composeExtension?.attachments?.find((a) =>
      /Click me/.test(a.preview?.content.title ?? ''),
    );
    assert.ok(hit, 'hostile document found');
    assert.deepEqual(validateCard(hit.content), []);
    const text = `${cardText(hit.content)}\n${displayed(hit.preview?.content)}`;
    assert.doesNotMatch(text, /[[\]<>*]|\$\{|\{\{/);
    assert.deepEqual(
      cardUrls(hit.content).filter((u) => !u.startsWith('http://127.0.0.1:3978/docs?')),
      [],
    );
  });

  for (const [name, query] of [
    ['initialRun', undefined],
    ['an empty box', '   '],
  ] as const) {
    it(`answers ${name} with a hint message, without searching`, async () => {
      const { status, body } = await search(services(), query);
      assert.equal(status, 200);
      assert.equal(body.composeExtension?.type, 'message');
      assert.match(body.composeExtension?.text ?? '', /Type a few words/);
    });
  }

  it('answers a later page with an empty list (only one page of at most 10)', async () => {
    const { body } = await search(services(), 'brake', ALEX, { queryOptions: { skip: 25, count: 25 } });
    assert.deepEqual(body.composeExtension?.attachments, []);
  });

  it('refuses a query over 500 characters with a message', async () => {
    const { body } = await search(services(), 'brake '.repeat(100));
    assert.equal(body.composeExtension?.type, 'message');
    assert.match(body.composeExtension?.text ?? '', /500 characters/);
  });

  it('puts no tap on previews: picking a result inserts its card as is', async () => {
    const { body } = await search(services(), 'brake fade');
    assert.ok(body.composeExtension?.attachments?.every((a) => a.preview?.content.tap === undefined));
  });

  it('returns the picked item’s card on selectItem', async () => {
    const item = { command: 'searchKnowledge', query: 'brake fade', docId: 'brake-fade.md' };
    const selected = await invoke(services(), 'composeExtension/selectItem', item);
    assert.equal(selected.body.composeExtension?.attachments?.length, 1);
    const card = selected.body.composeExtension?.attachments?.[0]?.content;
    assert.deepEqual(validateCard(card), []);
    assert.match(cardText(card), /Brake Fade Test Standard/);
  });

  for (const [name, item, user] of [
    [
      'another user’s document',
      { command: 'searchKnowledge', query: 'Torrente launch', docId: 'torrente.md' },
      ALEX,
    ],
    ['malformed item data', { command: 'searchKnowledge', docId: { $ne: 1 } }, ALEX],
  ] as const) {
    it(`answers a forged selectItem (${name}) with a message, no document text`, async () => {
      const { body } = await invoke(services(), 'composeExtension/selectItem', item, user);
      assert.equal(body.composeExtension?.type, 'message');
      assert.doesNotMatch(JSON.stringify(body), /Torrente|14 March/);
    });
  }
});

describe('message extension: a failing search', () => {
  it('returns the user-safe error as a message result', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'me-fail-'));
    const services = await realServices(root);
    await services.index.close();
    try {
      const { status, body } = await search(services, 'brake');
      assert.equal(status, 200);
      assert.equal(body.composeExtension?.type, 'message');
      assert.equal(
        body.composeExtension?.text,
        'The knowledge search is unavailable right now. Please try again in a minute.',
      );
    } finally {
      await services.close().catch(() => undefined);
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
