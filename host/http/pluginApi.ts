import type { IncomingMessage, ServerResponse } from 'node:http';
import type { OpenAPIV3 } from 'openapi-types';
import YAML from 'yaml';
import { AppError } from '../../skills/errors/AppError';
import type { SkillContext } from '../../skills/SkillDescriptor';
import type { Services } from '../compose';
import { annotateRequestContext } from '../log/requestContext';
import { openApiSpec } from '../../skills/surfaces/openApiSpec';
import { skillPath } from '../../skills/surfaces/operationIds';
import { requestSchema } from '../../skills/surfaces/requestSchema';
import { schemaErrors } from '../../skills/surfaces/schemaErrors';
import { toSkillApiResponse } from '../../skills/surfaces/SkillApiResponse';
import { createCallerAuth } from './createCallerAuth';
import { pluginCaller, type PluginAuth } from './pluginCaller';
import { pluginRoute, readJsonRequest } from './pluginRequest';
import { requestId } from './requestId';
import { sendJson } from './sendJson';

export { isPluginApiPath } from './pluginRequest';

/**
 * The Microsoft 365 Copilot plugin API (an API plugin of a declarative agent calls it). Routes:
 * - `GET /api/openapi.json` | `/api/openapi.yaml`: the spec generated from the registry (`openApiSpec`,
 *   server = `PUBLIC_BASE_URL`), unauthenticated (it describes, it holds no data);
 * - `POST /api/skills/{skill}` with the skill's parameters as a JSON object: runs the skill (a consequential
 *   one only proposes) -> 200 `SkillApiResponse`, with `confirmation` when something awaits the user;
 * - `POST /api/skills/{skill}/confirm` with `{ token, edits? }`: `registry.confirm` (single-use token,
 *   bound to the user, idempotent: repeats return the first result) -> 200 `SkillApiResponse`.
 * Order of checks: method (405), caller (401 `unauthorized` + `WWW-Authenticate: Bearer`, see
 * `pluginCaller`), skill exists (404 `unknown_skill`), body (413/415/400 `invalid_json`), body against the
 * spec's request schema (400 `invalid_parameters`, naming the fields), then the registry (which parses the
 * parameters again and audits the call, surface `copilot`). Failures are thrown as AppErrors; the server
 * answers them `{ "error": { "code", "message" } }` with the catalog status.
 * `auth`: share one per server with the MCP endpoint (`createCallerAuth`: the Entra key cache lives in it).
 */
export function createPluginApi(
  services: Services,
  auth: PluginAuth = createCallerAuth(services),
): (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<void> {
  const { config, log, registry } = services;
  let spec: OpenAPIV3.Document | undefined;
  const specNow = () => (spec ??= openApiSpec(registry, { serverUrl: config.publicBaseUrl }));

  return async (req, res, url) => {
    const route = pluginRoute(url.pathname);
    if (route.kind === 'spec') {
      if (req.method !== 'GET') throw new AppError('method_not_allowed');
      if (route.format === 'json') return sendJson(res, 200, specNow());
      res.writeHead(200, { 'content-type': 'application/yaml; charset=utf-8' });
      res.end(YAML.stringify(specNow()));
      return;
    }
    if (req.method !== 'POST') throw new AppError('method_not_allowed');
    const correlationId = requestId(req);
    const events = { sink: services.securityEvents, correlationId };
    const user = await pluginCaller(req, auth, services.directory, events).catch((error: unknown) => {
      if (error instanceof AppError && error.code === 'unauthorized')
        res.setHeader(
          'www-authenticate',
          req.headers.authorization ? 'Bearer realm="api", error="invalid_token"' : 'Bearer realm="api"',
        );
      throw error;
    });
    const skill = registry.get(route.skill);
    if (!skill) throw new AppError('unknown_skill');
    annotateRequestContext({ skill: skill.name });
    const schema = requestSchema(specNow(), `${skillPath(skill.name)}${route.confirm ? '/confirm' : ''}`);
    if (!schema) throw new AppError('not_consequential');
    const body = await readJsonRequest(req);
    const problems = schemaErrors(schema, body);
    if (problems.length > 0)
      throw new AppError('invalid_parameters', {
        userMessage: `Some values are not valid: ${problems.join('; ')}.`,
      });
    // The plugin caller's language (Accept-Language) picks the catalog of the card texts.
    const locale = req.headers['accept-language'];
    const context: SkillContext = {
      user,
      surface: 'copilot',
      planner: 'copilot',
      correlationId,
      ...(typeof locale === 'string' && locale.length <= 200 ? { locale } : {}),
    };
    const started = Date.now();
    const result = route.confirm
      ? await registry.confirm(skill.name, confirmInput(body), context)
      : await skill.invoke(body, context);
    log.info(route.confirm ? 'skill confirmed' : 'skill answered', {
      skill: skill.name,
      surface: 'copilot',
      user: user.id,
      citations: result.citations.length,
      ms: Date.now() - started,
    });
    res.setHeader('cache-control', 'no-store');
    sendJson(res, 200, toSkillApiResponse(skill.name, result));
  };
}

/** The validated confirm body as `registry.confirm` takes it; absent edits are `{}` (keep the proposal). */
function confirmInput(body: unknown): { token: string; edits: unknown } {
  const { token, edits } = body as { token: string; edits?: unknown };
  return { token, edits: edits ?? {} };
}
