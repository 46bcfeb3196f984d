import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import SwaggerParser from '@apidevtools/swagger-parser';
import Ajv from 'ajv';
import * as ACData from 'adaptivecards-templating';
import type { OpenAPIV3 } from 'openapi-types';
import { MAX_CARD_BYTES, cardBytes } from '../../../adaptive-cards';
import { responseCardTemplate } from '../../../tools/package/responseCardTemplate';
import { validateCard } from '../../adaptive-cards/validateCard';
import { ALEX, startFixtureBot } from '../../support/botFixture';
import { startFakeEntra, type FakeEntra } from '../../support/fakeEntra';
import { AUDIENCE, TENANT, pluginApiEnv } from '../../support/pluginApiEnv';

interface SkillApiResponse {
  skill: string;
  text: string;
  citations: unknown[];
  confirmation?: { skill: string; token: string };
}

/** What an argument builder may do: call other operations first (a confirm needs a proposal's token). */
interface Arrange {
  call(operationId: string, body: unknown): Promise<SkillApiResponse>;
  /** Id of the newest drafted report (the API does not return it; the store's folder names are the ids). */
  newestReportId(): string;
}

/**
 * Realistic arguments per operationId, as Copilot would send them. Every operation of the generated spec
 * must have an entry: a skill registered without one fails this test, so its contract gets tested too.
 */
const ARGUMENTS: Record<string, (arrange: Arrange) => Promise<unknown>> = {
  askKnowledge: async () => ({ question: 'What is the pass criterion for the brake fade test?' }),
  fileTicket: async () => ({ summary: 'the CAN simulator in lab 3 is down', priority: 'high' }),
  fileTicketConfirm: async ({ call }) => {
    const proposal = await call('fileTicket', { summary: 'the badge reader at gate 4 rejects every badge' });
    return { token: proposal.confirmation?.token, edits: { title: 'Badge reader at gate 4 rejects badges' } };
  },
  ticketStatus: async ({ call }) => {
    const proposal = await call('fileTicket', { summary: 'the projector in room D1.020 flickers' });
    const filed = await call('fileTicketConfirm', { token: proposal.confirmation?.token });
    return { ticketId: Number(/Ticket (\d+) filed/.exec(filed.text)?.[1]) };
  },
  myTickets: async () => ({ top: 5 }),
  draftReport: async () => ({ topic: 'brake fade test pass criterion', audience: 'internal' }),
  exportReport: async ({ call, newestReportId }) => {
    await call('draftReport', { topic: 'brake fade test pass criterion and procedure' });
    return { reportId: newestReportId() };
  },
  exportReportConfirm: async ({ call }) => {
    const draft = await call('draftReport', { topic: 'brake fade test pass criterion', period: '2026 Q4' });
    assert.equal(draft.confirmation?.skill, 'export_report');
    return { token: draft.confirmation?.token };
  },
};

interface Operation {
  path: string;
  operationId: string;
  responseSchema: object;
}

describe('plugin API contract: every generated operation, called as Copilot would call it', function () {
  this.timeout(60_000);
  let entra: FakeEntra;
  let fixture: Awaited<ReturnType<typeof startFixtureBot>>;
  let operations: Operation[] = [];
  const ajv = new Ajv({ allErrors: true, unknownFormats: 'ignore', nullable: true });

  before(async () => {
    entra = await startFakeEntra({ tenantId: TENANT, audience: AUDIENCE });
    fixture = await startFixtureBot({ env: pluginApiEnv(entra) });
    const served = (await (await fetch(`${fixture.baseUrl}/api/openapi.json`)).json()) as OpenAPIV3.Document;
    const spec = (await SwaggerParser.dereference(served)) as OpenAPIV3.Document;
    operations = Object.entries(spec.paths).map(([route, item]) => {
      const op = item?.post;
      const ok = op?.responses['200'] as OpenAPIV3.ResponseObject | undefined;
      const schema = ok?.content?.['application/json']?.schema;
      assert.ok(op?.operationId && schema, `${route}: no operationId or 200 schema`);
      return { path: route, operationId: op.operationId, responseSchema: schema };
    });
  });
  after(async () => {
    await fixture?.stop();
    await entra?.close();
  });

  const arrange: Arrange = {
    call: async (operationId, body) => {
      const op = operations.find((o) => o.operationId === operationId);
      assert.ok(op, `no operation ${operationId}`);
      const response = await fetch(`${fixture.baseUrl}${op.path}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${entra.mintToken({ oid: ALEX, name: 'Alex Wilber' })}`,
        },
        body: JSON.stringify(body),
      });
      const json = (await response.json()) as SkillApiResponse;
      assert.equal(response.status, 200, `${operationId}: ${JSON.stringify(json)}`);
      return json;
    },
    newestReportId: () => {
      const dir = path.join(fixture.root, 'data', 'reports');
      const newest = fs
        .readdirSync(dir)
        .map((name) => ({ name, at: fs.statSync(path.join(dir, name)).mtimeMs }))
        .sort((a, b) => b.at - a.at)[0];
      assert.ok(newest, 'no report drafted');
      return newest.name;
    },
  };

  it('has realistic arguments for exactly the operations of the spec (a new skill needs an entry)', () => {
    assert.ok(operations.length >= 8);
    assert.deepEqual(operations.map((op) => op.operationId).sort(), Object.keys(ARGUMENTS).sort());
  });

  it('rejects a response that breaks the schema (the contract check can fail)', () => {
    const schema = operations[0]?.responseSchema ?? {};
    const good = { skill: 'x', text: 'y', aiGenerated: false, citations: [] };
    assert.equal(ajv.validate(schema, good), true, ajv.errorsText());
    for (const bad of [
      { ...good, card: {} },
      { ...good, citations: [{ n: 1, title: 't' }] },
      { ...good, aiGenerated: 'no' },
    ])
      assert.equal(ajv.validate(schema, bad), false, JSON.stringify(bad));
  });

  for (const operationId of Object.keys(ARGUMENTS)) {
    it(`${operationId}: 200 matching the response schema, and its response card expands to a valid 1.5 card`, async () => {
      const build = ARGUMENTS[operationId];
      assert.ok(build);
      const op = operations.find((o) => o.operationId === operationId);
      assert.ok(op, `${operationId} is not in the spec`);
      const response = await arrange.call(operationId, await build(arrange));
      assert.equal(ajv.validate(op.responseSchema, response), true, `${operationId}: ${ajv.errorsText()}`);
      const skillName = op.path.replace(/^\/api\/skills\//, '').replace(/\/confirm$/, '');
      assert.equal(response.skill, skillName);
      const skill = fixture.bot.services.registry.get(skillName);
      assert.ok(skill);
      const card: unknown = new ACData.Template(responseCardTemplate(skill)).expand({ $root: response });
      assert.deepEqual(validateCard(card), []);
      assert.ok(cardBytes(card) <= MAX_CARD_BYTES);
      const shown = JSON.stringify(card);
      const firstLine = response.text.split('\n')[0] ?? '';
      assert.ok(shown.includes(JSON.stringify(firstLine)), 'card shows the text');
      if (response.citations.length > 0) assert.match(shown, /\[1\] \[/);
      if (response.confirmation) assert.match(shown, /Nothing has happened yet/);
    });
  }
});
