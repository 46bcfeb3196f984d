import assert from 'node:assert/strict';
import { AzureDevOpsTicketSystem } from '../../../skills/tickets/AzureDevOpsTicketSystem';
import { TicketBackendError } from '../../../skills/tickets/TicketBackendError';
import type { TicketDraft } from '../../../skills/tickets/TicketSystem';
import { startFakeAzureDevOps, type FakeAzureDevOps } from '../../support/fakeAzureDevOps';

const PAT = 'pat-secret-0123456789abcdef';
const draft: TicketDraft = {
  title: 'CAN simulator in lab 3 is down',
  description: 'Since 8:00.\n<b>No</b> frames & "no" power',
  category: 'lab',
  priority: 'urgent',
  brand: 'aurex',
  component: 'CAN simulator; rack 2',
};
const alex = { id: 'a1b2c3d4-0000-4000-8000-000000000001', name: 'Alex Wilber' };

describe('AzureDevOpsTicketSystem against the fake service', () => {
  let fake: FakeAzureDevOps;
  let system: AzureDevOpsTicketSystem;
  const make = (auth: { pat: string } | { getToken(): Promise<string> } = { pat: PAT }) =>
    new AzureDevOpsTicketSystem({
      organizationUrl: `${fake.organizationUrl}/`,
      project: fake.project,
      areaPath: `${fake.project}\\Lab`,
      auth,
      maxRetryDelayMs: 2000,
      defaultRetryDelayMs: 1,
    });
  beforeEach(async () => {
    fake = await startFakeAzureDevOps({ pat: PAT, bearerToken: 'entra-token' });
    system = make();
  });
  afterEach(() => fake.stop());

  const createPatch = () => {
    const request = fake.requests.find((r) => r.method === 'POST' && r.url.includes('/workitems/'));
    assert.ok(request, 'no create request');
    return { request, patch: JSON.parse(request.body) as { op: string; path: string; value: unknown }[] };
  };
  const field = (name: string) => createPatch().patch.find((op) => op.path === `/fields/${name}`)?.value;

  describe('create', () => {
    it('posts a JSON Patch to /{project}/_apis/wit/workitems/$Issue', async () => {
      await system.create(draft, alex, 'file_ticket:d-1');
      const { request, patch } = createPatch();
      assert.equal(request.url, `/norvik/Service%20Desk/_apis/wit/workitems/%24Issue?api-version=7.1`);
      assert.equal(request.contentType, 'application/json-patch+json');
      assert.ok(patch.every((op) => op.op === 'add'));
    });
    it('sends the title', async () => {
      await system.create(draft, alex, 'k-1');
      assert.equal(field('System.Title'), draft.title);
    });
    it('HTML-escapes the description and keeps line breaks', async () => {
      await system.create(draft, alex, 'k-1');
      const html = String(field('System.Description'));
      assert.match(html, /^Since 8:00\.<br>&#60;b&#62;No&#60;\/b&#62; frames &#38; &#34;no&#34; power<p>/);
      assert.ok(!html.includes('<b>'));
    });
    it('maps priority urgent..low to 1..4', async () => {
      const numbers = [];
      for (const priority of ['urgent', 'high', 'normal', 'low'] as const) {
        await system.create({ ...draft, priority }, alex, `k-${priority}`);
        numbers.push(
          fake.items.get(Math.max(...fake.items.keys()))?.fields['Microsoft.VSTS.Common.Priority'],
        );
      }
      assert.deepEqual(numbers, [1, 2, 3, 4]);
    });
    it('sets the area path', async () => {
      await system.create(draft, alex, 'k-1');
      assert.equal(field('System.AreaPath'), 'Service Desk\\Lab');
    });
    it('tags requester, category, brand, component and idempotency key', async () => {
      await system.create(draft, alex, 'file_ticket:d-1');
      assert.deepEqual(String(field('System.Tags')).split('; '), [
        `requester:${alex.id}`,
        'category:lab',
        'brand:aurex',
        'component:CAN simulator  rack 2',
        'idem:file_ticket:d-1',
      ]);
    });
    it('returns the new ticket with its web URL', async () => {
      const ticket = await system.create(draft, alex, 'k-1');
      assert.deepEqual(
        { ...ticket, createdAt: typeof ticket.createdAt },
        {
          id: 101,
          title: draft.title,
          description: draft.description,
          category: 'lab',
          priority: 'urgent',
          brand: 'aurex',
          component: 'CAN simulator  rack 2',
          status: 'new',
          requesterId: alex.id,
          requesterName: 'Alex Wilber',
          createdAt: 'string',
          url: `${fake.organizationUrl}/Service%20Desk/_workitems/edit/101`,
        },
      );
    });
    it('looks the idempotency tag up with WIQL before creating', async () => {
      await system.create(draft, alex, 'k-1');
      const wiql = fake.requests.find((r) => r.url.includes('/_apis/wit/wiql'));
      assert.equal(
        JSON.parse(wiql?.body ?? '{}').query,
        "SELECT [System.Id] FROM WorkItems WHERE [System.TeamProject] = @project AND [System.Tags] CONTAINS 'idem:k-1' ORDER BY [System.Id] DESC",
      );
    });
    it('returns the existing item for a retried key and creates nothing', async () => {
      const first = await system.create(draft, alex, 'k-1');
      const again = await system.create({ ...draft, title: 'other' }, alex, 'k-1');
      assert.equal(fake.creates, 1);
      assert.equal(again.id, first.id);
      assert.equal(again.title, draft.title);
    });
    it('retries a create that failed with 503 after looking the key up again', async () => {
      fake.script({ status: 503, retryAfter: '0', match: /^POST .*\/workitems\// });
      const ticket = await system.create(draft, alex, 'k-1');
      assert.equal(fake.creates, 1);
      assert.equal(ticket.id, 101);
      assert.equal(fake.requests.filter((r) => r.url.includes('/wiql')).length, 2);
    });
    it('creates with a bearer token', async () => {
      system = make({ getToken: async () => 'entra-token' });
      await system.create(draft, alex, 'k-1');
      assert.equal(createPatch().request.authorization, 'Bearer entra-token');
    });
    it('sends the PAT as HTTP Basic with an empty user', async () => {
      await system.create(draft, alex, 'k-1');
      assert.equal(createPatch().request.authorization, `Basic ${Buffer.from(`:${PAT}`).toString('base64')}`);
    });
    const badIds: [string, string][] = [
      ['a quote (WIQL injection)', "x' OR 1=1 --"],
      ['a semicolon (tag separator)', 'a;b'],
      ['an empty id', ''],
    ];
    for (const [name, id] of badIds) {
      it(`refuses a requester id with ${name} before any call`, async () => {
        await assert.rejects(system.create(draft, { id }, 'k'), { code: 'ticket_backend_rejected' });
        await assert.rejects(system.listByRequester(id), { code: 'ticket_backend_rejected' });
        assert.equal(fake.requests.length, 0);
      });
    }
  });

  describe('get', () => {
    it('reads a work item back as a ticket', async () => {
      const created = await system.create(draft, alex, 'k-1');
      const read = await system.get(created.id);
      assert.deepEqual(read, created);
    });
    const states: [string, string][] = [
      ['New', 'new'],
      ['Active', 'active'],
      ['Resolved', 'resolved'],
      ['Closed', 'closed'],
    ];
    for (const [state, status] of states) {
      it(`maps System.State ${state} to ${status}`, async () => {
        const { id } = await system.create(draft, alex, 'k-1');
        fake.items.get(id)!.fields['System.State'] = state;
        assert.equal((await system.get(id))?.status, status);
      });
    }
    it('takes the URL from _links.html.href', async () => {
      const { id } = await system.create(draft, alex, 'k-1');
      assert.equal(
        (await system.get(id))?.url,
        `${fake.organizationUrl}/Service%20Desk/_workitems/edit/${id}`,
      );
    });
    it('returns undefined on 404', async () => {
      assert.equal(await system.get(999), undefined);
    });
    it('returns undefined for a work item that is not a ticket (no requester tag)', async () => {
      fake.items.set(7, {
        id: 7,
        rev: 1,
        fields: { 'System.Title': 'Bug', 'System.TeamProject': 'Service Desk' },
      });
      assert.equal(await system.get(7), undefined);
    });
    it('returns undefined for a work item of another project', async () => {
      const { id } = await system.create(draft, alex, 'k-1');
      fake.items.get(id)!.fields['System.TeamProject'] = 'Secret';
      assert.equal(await system.get(id), undefined);
    });
  });

  describe('listByRequester', () => {
    it('lists the requester’s tickets via WIQL and the list API, newest first', async () => {
      await system.create(draft, alex, 'k-1');
      await system.create(draft, { id: 'someone-else' }, 'k-2');
      await system.create(draft, alex, 'k-3');
      assert.deepEqual(
        (await system.listByRequester(alex.id)).map((t) => t.id),
        [103, 101],
      );
      const list = fake.requests.at(-1);
      assert.equal(list?.url, '/norvik/_apis/wit/workitems?ids=103,101&errorPolicy=omit&api-version=7.1');
    });
    it('passes top to WIQL', async () => {
      for (const key of ['k-1', 'k-2', 'k-3']) await system.create(draft, alex, key);
      assert.deepEqual(
        (await system.listByRequester(alex.id, { top: 2 })).map((t) => t.id),
        [103, 102],
      );
      assert.ok(fake.requests.some((r) => r.url.includes('/wiql?$top=2&')));
    });
    it('returns [] without a list call when WIQL finds nothing', async () => {
      assert.deepEqual(await system.listByRequester(alex.id), []);
      assert.ok(!fake.requests.some((r) => r.url.includes('ids=')));
    });
    it('keeps only exact tag matches', async () => {
      await system.create(draft, { id: `${alex.id}0` }, 'k-1');
      assert.deepEqual(await system.listByRequester(alex.id), []);
    });
  });

  describe('errors', () => {
    it('401 → ticket_backend_denied, without the PAT in the error', async () => {
      system = make({ pat: 'wrong-pat-987654' });
      const error = await system.create(draft, alex, 'k-1').catch((e: unknown) => e);
      assert.ok(error instanceof TicketBackendError);
      assert.equal(error.code, 'ticket_backend_denied');
      const shown = `${String(error)} ${error.stack} ${JSON.stringify(error)} ${String(error.cause)}`;
      assert.ok(!shown.includes('wrong-pat-987654'));
      assert.ok(!shown.includes(Buffer.from(':wrong-pat-987654').toString('base64')));
    });
    it('403 → ticket_backend_denied', async () => {
      fake.script({ status: 403 });
      await assert.rejects(system.get(1), { code: 'ticket_backend_denied' });
    });
    it('a failing token source → ticket_backend_denied', async () => {
      system = make({ getToken: () => Promise.reject(new Error('no credential')) });
      await assert.rejects(system.get(1), { code: 'ticket_backend_denied' });
    });
    it('503 with Retry-After: retried once, then ticket_backend_unavailable', async () => {
      fake.script({ status: 503, retryAfter: '1' }, 2);
      await assert.rejects(system.get(1), { code: 'ticket_backend_unavailable' });
      assert.equal(fake.requests.length, 2);
    });
    it('429 once: the retry succeeds', async () => {
      const { id } = await system.create(draft, alex, 'k-1');
      fake.script({ status: 429, retryAfter: '0' });
      assert.equal((await system.get(id))?.id, id);
    });
    it('a Retry-After above the bound fails at once', async () => {
      fake.script({ status: 429, retryAfter: '3600' }, 2);
      await assert.rejects(system.get(1), { code: 'ticket_backend_unavailable' });
      assert.equal(fake.requests.length, 1);
    });
    it('a create failing twice with 503 is unavailable and creates nothing', async () => {
      fake.script({ status: 503, match: /^POST .*\/workitems\// }, 2);
      await assert.rejects(system.create(draft, alex, 'k-1'), { code: 'ticket_backend_unavailable' });
      assert.equal(fake.creates, 0);
    });
    it('an unreachable service → ticket_backend_unavailable', async () => {
      await fake.stop();
      await assert.rejects(system.get(1), { code: 'ticket_backend_unavailable' });
      fake = await startFakeAzureDevOps({ pat: PAT });
    });
    it('400 (bad area path) → ticket_backend_rejected', async () => {
      system = new AzureDevOpsTicketSystem({
        organizationUrl: fake.organizationUrl,
        project: fake.project,
        areaPath: 'Elsewhere\\Lab',
        auth: { pat: PAT },
      });
      await assert.rejects(system.create(draft, alex, 'k-1'), { code: 'ticket_backend_rejected' });
    });
  });
});
