import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import SwaggerParser from '@apidevtools/swagger-parser';
import type { OpenAPIV3 } from 'openapi-types';
import { z } from 'zod/v4';
import { CARD_SCHEMA } from '../../../adaptive-cards';
import { compose, type Services } from '../../../host/compose';
import { loadConfig } from '../../../host/config/loadConfig';
import { silentLogger } from '../../../host/log/createLogger';
import { lintPluginSpec } from '../../../tools/package/lintPluginSpec';
import { CONSEQUENTIAL, openApiSpec } from '../../../skills/surfaces/openApiSpec';
import { requestSchema } from '../../../skills/surfaces/requestSchema';
import type { SkillDescriptor, SkillResult } from '../../../skills/SkillDescriptor';
import { SkillRegistry, type RegisteredSkill } from '../../../skills/SkillRegistry';
import { fixtureDataDir } from '../../support/fixtureDataDir';

type Json = Record<string, unknown>;
const SERVER = 'https://bot.example.com';
const result: SkillResult = {
  card: { type: 'AdaptiveCard', version: '1.5', $schema: CARD_SCHEMA, body: [] },
  text: 'ok',
  aiGenerated: false,
  citations: [],
};

/** Every POST operation of a spec, keyed by path. */
function operations(doc: OpenAPIV3.Document): Map<string, OpenAPIV3.OperationObject & Json> {
  const found = new Map<string, OpenAPIV3.OperationObject & Json>();
  for (const [route, item] of Object.entries(doc.paths)) {
    for (const method of ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const) {
      const op = item?.[method];
      if (!op) continue;
      assert.equal(method, 'post', `${route} has a ${method} operation`);
      found.set(route, op as OpenAPIV3.OperationObject & Json);
    }
  }
  return found;
}

/** What every skill must produce: one propose op, plus a confirm op when consequential. */
function expectedOperations(skills: RegisteredSkill[]): Map<string, { id: string; consequential: boolean }> {
  const camel = (name: string) => name.replace(/_(.)/g, (_, c: string) => c.toUpperCase());
  const expected = new Map<string, { id: string; consequential: boolean }>();
  for (const skill of skills) {
    expected.set(`/api/skills/${skill.name}`, { id: camel(skill.name), consequential: false });
    if (skill.consequential)
      expected.set(`/api/skills/${skill.name}/confirm`, {
        id: `${camel(skill.name)}Confirm`,
        consequential: true,
      });
  }
  return expected;
}

/**
 * Independent check that an operation's request schema says what the registry's JSON Schema says: same
 * properties with the same type, enum, limits and description; required = the registry's minus defaulted.
 */
function assertSameParameters(op: Json, registrySchema: Json, where: string): void {
  assert.equal(op.type, 'object', where);
  assert.equal(op.additionalProperties, registrySchema.additionalProperties, where);
  const want = registrySchema.properties as Record<string, Json>;
  const got = op.properties as Record<string, Json>;
  assert.deepEqual(Object.keys(got), Object.keys(want), where);
  for (const [name, property] of Object.entries(want)) {
    for (const key of [
      'type',
      'enum',
      'minLength',
      'maxLength',
      'minimum',
      'maximum',
      'description',
      'default',
    ])
      assert.deepEqual(got[name]?.[key], property[key], `${where}.${name}.${key}`);
  }
  const required = ((registrySchema.required as string[] | undefined) ?? []).filter(
    (name) => want[name]?.default === undefined,
  );
  assert.deepEqual(op.required ?? [], required, `${where} required`);
  assert.equal(op.$schema, undefined, `${where} keeps $schema`);
}

function testSkill(
  name: string,
  consequential: boolean,
  parameters: z.ZodType,
): SkillDescriptor<unknown, unknown> {
  return {
    name,
    title: `Test ${name}`,
    description: `The ${name} test skill.`,
    parameters,
    consequential,
    examples: [],
    handler: () => Promise.resolve(result),
    ...(consequential ? { confirm: { edits: z.unknown(), execute: () => Promise.resolve(result) } } : {}),
  };
}

describe('openApiSpec: the plugin API spec generated from the skill registry', () => {
  let root: string;
  let services: Services;
  let spec: OpenAPIV3.Document;
  before(() => {
    const fixture = fixtureDataDir('spec-');
    root = fixture.dataDir;
    const config = loadConfig(
      {
        ...fixture.env,
        ORGANISATION_PROFILE: path.join(__dirname, '../../../knowledge/sample/organisation.yaml'),
      },
      { cwd: root },
    );
    services = compose(config, { log: silentLogger });
    spec = openApiSpec(services.registry, { serverUrl: SERVER });
  });
  after(async () => {
    await services?.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('is a valid OpenAPI 3.0 document (swagger-parser validates and dereferences it)', async () => {
    const validated = (await SwaggerParser.validate(structuredClone(spec))) as OpenAPIV3.Document;
    assert.equal(validated.openapi, '3.0.3');
    assert.deepEqual(spec.servers, [{ url: SERVER }]);
  });

  it('passes the plugin lint (unique function-name operationIds, summaries and descriptions within limits)', () => {
    assert.deepEqual(lintPluginSpec(spec), []);
  });

  it('has exactly one operation per registered skill, plus a confirm operation per consequential skill', () => {
    const skills = services.registry.list();
    assert.equal(skills.length, 6);
    const expected = expectedOperations(skills);
    const found = operations(spec);
    assert.deepEqual([...found.keys()], [...expected.keys()]);
    for (const [route, want] of expected) {
      const op = found.get(route);
      assert.equal(op?.operationId, want.id, route);
      assert.equal(op?.[CONSEQUENTIAL], want.consequential, route);
    }
    assert.ok(found.has('/api/skills/file_ticket/confirm') && found.has('/api/skills/export_report/confirm'));
  });

  it('describes each operation from its descriptor and requires a bearer token everywhere', () => {
    for (const skill of services.registry.list()) {
      const op = operations(spec).get(`/api/skills/${skill.name}`);
      assert.equal(op?.summary, skill.title);
      assert.ok(op?.description?.startsWith(skill.description), skill.name);
    }
    assert.deepEqual(spec.security, [{ bearerAuth: [] }]);
    assert.equal(
      (spec.components?.securitySchemes?.bearerAuth as OpenAPIV3.HttpSecurityScheme).scheme,
      'bearer',
    );
  });

  it('publishes each skill’s parameters as its request schema (same fields, types, enums, limits)', () => {
    for (const skill of services.registry.list()) {
      const schema = requestSchema(spec, `/api/skills/${skill.name}`);
      assertSameParameters(schema as Json, skill.parametersJsonSchema, skill.name);
    }
    const draft = requestSchema(spec, '/api/skills/draft_report');
    assert.deepEqual(draft?.required, ['topic'], 'audience has a default, so callers may omit it');
  });

  it('follows the registry: a newly registered skill gets its operations, with its schema', async () => {
    const params = z.object({
      vin: z.string().length(17).describe('Vehicle identification number.'),
      recall: z.literal(true),
    });
    const registry = new SkillRegistry()
      .register(testSkill('check_recall', false, params))
      .register(testSkill('order_part', true, z.object({ part: z.string().max(40) })));
    const doc = openApiSpec(registry, { serverUrl: SERVER, title: 'Test API', version: '9.9.9' });
    await SwaggerParser.validate(structuredClone(doc));
    assert.deepEqual([...operations(doc).keys()], [...expectedOperations(registry.list()).keys()]);
    const schema = requestSchema(doc, '/api/skills/check_recall');
    assert.deepEqual(schema?.properties?.vin, {
      type: 'string',
      minLength: 17,
      maxLength: 17,
      description: 'Vehicle identification number.',
    });
    assert.deepEqual(schema?.properties?.recall, { type: 'boolean', enum: [true] });
    assert.equal(operations(doc).get('/api/skills/order_part/confirm')?.operationId, 'orderPartConfirm');
    assert.deepEqual(doc.info, { title: 'Test API', version: '9.9.9', description: doc.info.description });
  });

  it('adds an OAuth 2.0 authorization-code scheme when asked, as an alternative to bearerAuth', async () => {
    const doc = openApiSpec(services.registry, {
      serverUrl: SERVER,
      oauth2: {
        authorizationUrl: 'https://login.microsoftonline.com/t/oauth2/v2.0/authorize',
        tokenUrl: 'https://login.microsoftonline.com/t/oauth2/v2.0/token',
        scopes: { 'api://bot/access_as_user': 'Use the assistant as you' },
      },
    });
    await SwaggerParser.validate(structuredClone(doc));
    assert.deepEqual(doc.security, [{ bearerAuth: [] }, { oauth2: ['api://bot/access_as_user'] }]);
  });

  it('refuses a skill whose parameters OpenAPI 3.0 cannot express (instead of describing it wrongly)', () => {
    const registry = new SkillRegistry().register(
      testSkill('pair_up', false, z.object({ pair: z.tuple([z.string(), z.number()]) })),
    );
    assert.throws(() => openApiSpec(registry, { serverUrl: SERVER }), /prefixItems/);
  });

  const broken: [string, (doc: OpenAPIV3.Document) => void, RegExp][] = [
    [
      'a duplicate operationId',
      (d) => Object.assign(op(d, 'ticket_status'), { operationId: 'askKnowledge' }),
      /used twice/,
    ],
    [
      'an operationId that is not a function name',
      (d) => Object.assign(op(d, 'my_tickets'), { operationId: 'my tickets' }),
      /not a valid function name/,
    ],
    [
      'a summary over 100 characters',
      (d) => Object.assign(op(d, 'my_tickets'), { summary: 'x'.repeat(101) }),
      /summary is 101 characters/,
    ],
    [
      'a missing description',
      (d) => Object.assign(op(d, 'my_tickets'), { description: ' ' }),
      /description is empty/,
    ],
    [
      'a missing consequential flag',
      (d) => delete (op(d, 'my_tickets') as Json)[CONSEQUENTIAL],
      /x-openai-isConsequential is not set/,
    ],
    [
      'a title over 20 characters',
      (d) => Object.assign(d.info, { title: 'Norvik Assistant API v2' }),
      /info.title is 23/,
    ],
  ];
  const op = (doc: OpenAPIV3.Document, name: string) =>
    doc.paths[`/api/skills/${name}`]?.post as OpenAPIV3.OperationObject;
  for (const [name, breakIt, problem] of broken) {
    it(`lint catches ${name}`, () => {
      const doc = structuredClone(spec);
      breakIt(doc);
      assert.match(lintPluginSpec(doc).join('\n'), problem);
    });
  }
});
