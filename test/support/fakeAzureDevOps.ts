import http from 'node:http';
import { listenOnLoopback, closeServer } from './loopbackServer';

/** A scripted answer: served instead of the real one to the next matching request. */
export interface ScriptedResponse {
  status: number;
  retryAfter?: string;
  /** Only requests whose method and path (without query) match; default any. */
  match?: RegExp;
}

export interface FakeWorkItem {
  id: number;
  rev: number;
  fields: Record<string, unknown>;
}

export interface FakeAzureDevOps {
  /** `http://127.0.0.1:<port>/<organization>`: what the client takes as `organizationUrl`. */
  organizationUrl: string;
  project: string;
  items: Map<number, FakeWorkItem>;
  /** Work items created (successful `POST …/workitems/$Type`). */
  readonly creates: number;
  /** Every request: method, path with query, Content-Type, Authorization, and the raw body. */
  requests: { method: string; url: string; contentType: string; authorization: string; body: string }[];
  /** Serves `response` to the next `times` requests matching it (before auth and routing). */
  script(response: ScriptedResponse, times?: number): void;
  stop(): Promise<void>;
}

const FIELDS = new Set([
  'System.Title',
  'System.Description',
  'System.AreaPath',
  'System.Tags',
  'Microsoft.VSTS.Common.Priority',
]);
const WIQL =
  /^SELECT \[System\.Id\] FROM WorkItems WHERE \[System\.TeamProject\] = @project AND \[System\.Tags\] CONTAINS '((?:[^']|'')*)' ORDER BY \[System\.Id\] DESC$/;

/**
 * A loopback stand-in for the Azure DevOps Work Item Tracking REST API 7.1, speaking its documented shapes:
 * - `POST /{org}/{project}/_apis/wit/workitems/${type}` with `Content-Type: application/json-patch+json` and a
 *   JSON Patch array of `add` operations on `/fields/<known field>` (else 400/415) → 200 WorkItem;
 * - `GET /{org}/{project}/_apis/wit/workitems/{id}` → WorkItem with `fields` and `_links.html.href`, or 404;
 * - `POST /{org}/{project}/_apis/wit/wiql[?$top=n]` `{ query }`, only the query shape the client emits
 *   (tag CONTAINS, id descending; anything else 400) → `{ queryType, queryResultType, asOf, columns,
 *   sortColumns, workItems: [{ id, url }] }`; tags match as whole tags;
 * - `GET /{org}[/{project}]/_apis/wit/workitems?ids=1,2[&errorPolicy=omit]` → `{ count, value }` (no `_links`,
 *   as in the docs' list example; unknown ids 404 unless `errorPolicy=omit`; more than 200 ids 400).
 * Every request needs `api-version=7.1` (400) and `Authorization: Basic base64(":" + pat)` or
 * `Bearer <token>` (401). Tags are stored `; `-separated and sorted, like the service returns them.
 */
export async function startFakeAzureDevOps(
  options: { organization?: string; project?: string; pat?: string; bearerToken?: string } = {},
): Promise<FakeAzureDevOps> {
  const organization = options.organization ?? 'norvik';
  const project = options.project ?? 'Service Desk';
  const accepted = new Set<string>();
  if (options.pat !== undefined) accepted.add(`Basic ${Buffer.from(`:${options.pat}`).toString('base64')}`);
  if (options.bearerToken !== undefined) accepted.add(`Bearer ${options.bearerToken}`);
  const items = new Map<number, FakeWorkItem>();
  const requests: FakeAzureDevOps['requests'] = [];
  const scripted: ScriptedResponse[] = [];
  let creates = 0;
  let nextId = 101;
  let origin = '';

  const webUrl = (id: number) =>
    `${origin}/${organization}/${encodeURIComponent(project)}/_workitems/edit/${id}`;
  const apiUrl = (id: number) => `${origin}/${organization}/_apis/wit/workItems/${id}`;
  const withLinks = (item: FakeWorkItem) => ({
    ...item,
    url: apiUrl(item.id),
    _links: {
      self: { href: apiUrl(item.id) },
      workItemUpdates: { href: `${apiUrl(item.id)}/updates` },
      html: { href: webUrl(item.id) },
    },
  });

  const handle = (method: string, url: URL, body: string, contentType: string): [number, unknown] => {
    const segments = url.pathname.split('/').slice(1).map(decodeURIComponent);
    if (segments[0] !== organization) return [404, error('organization not found')];
    if (url.searchParams.get('api-version') !== '7.1') return [400, error('api-version 7.1 is required')];
    const inProject = segments[1] === project;
    const rest = segments.slice(inProject ? 2 : 1).join('/');
    if (method === 'POST' && inProject && /^_apis\/wit\/workitems\/\$[^/]+$/.test(rest)) {
      if (!contentType.startsWith('application/json-patch+json'))
        return [415, error('Content-Type must be application/json-patch+json')];
      const fields = patchFields(body);
      if (typeof fields === 'string') return [400, error(fields)];
      const area = fields['System.AreaPath'];
      if (
        area !== undefined &&
        (typeof area !== 'string' || !(area === project || area.startsWith(`${project}\\`)))
      )
        return [400, error(`TF401347: Invalid tree name given for work item -1, field 'System.AreaPath'.`)];
      const id = nextId++;
      const tags = String(fields['System.Tags'] ?? '')
        .split(';')
        .map((tag) => tag.trim())
        .filter(Boolean)
        .sort();
      const item: FakeWorkItem = {
        id,
        rev: 1,
        fields: {
          'System.AreaPath': project,
          'System.TeamProject': project,
          'System.IterationPath': project,
          'System.WorkItemType': rest.slice(rest.lastIndexOf('$') + 1),
          'System.State': 'New',
          'System.Reason': 'New',
          'System.CreatedDate': new Date().toISOString(),
          'System.CreatedBy': { displayName: 'Norvik Assistant', uniqueName: 'bot@norvik.example' },
          'Microsoft.VSTS.Common.Priority': 2,
          ...fields,
          ...(tags.length ? { 'System.Tags': tags.join('; ') } : {}),
        },
      };
      items.set(id, item);
      creates++;
      return [200, withLinks(item)];
    }
    const single = /^_apis\/wit\/workitems\/(\d+)$/.exec(rest);
    if (method === 'GET' && inProject && single) {
      const item = items.get(Number(single[1]));
      return item
        ? [200, withLinks(item)]
        : [
            404,
            error(
              `TF401232: Work item ${single[1]} does not exist, or you do not have permissions to read it.`,
            ),
          ];
    }
    if (method === 'POST' && inProject && rest === '_apis/wit/wiql') {
      if (!contentType.startsWith('application/json'))
        return [415, error('Content-Type must be application/json')];
      const query = (JSON.parse(body || '{}') as { query?: unknown }).query;
      const match = typeof query === 'string' ? WIQL.exec(query) : null;
      if (!match)
        return [400, error('TF51005: The query references a field or operator this fake does not support.')];
      const tag = (match[1] ?? '').replace(/''/g, "'");
      const top = Number(url.searchParams.get('$top') ?? 20000);
      const ids = [...items.values()]
        .filter((item) =>
          String(item.fields['System.Tags'] ?? '')
            .split('; ')
            .includes(tag),
        )
        .map((item) => item.id)
        .sort((a, b) => b - a)
        .slice(0, top);
      const column = {
        referenceName: 'System.Id',
        name: 'ID',
        url: `${origin}/${organization}/_apis/wit/fields/System.Id`,
      };
      return [
        200,
        {
          queryType: 'flat',
          queryResultType: 'workItem',
          asOf: new Date().toISOString(),
          columns: [column],
          sortColumns: [{ field: column, descending: true }],
          workItems: ids.map((id) => ({ id, url: apiUrl(id) })),
        },
      ];
    }
    if (method === 'GET' && rest === '_apis/wit/workitems' && url.searchParams.has('ids')) {
      const ids = (url.searchParams.get('ids') ?? '').split(',').map(Number);
      if (ids.length > 200 || ids.some((id) => !Number.isSafeInteger(id))) return [400, error('bad ids')];
      const omit = url.searchParams.get('errorPolicy')?.toLowerCase() === 'omit';
      const missing = ids.find((id) => !items.has(id));
      if (missing !== undefined && !omit)
        return [404, error(`TF401232: Work item ${missing} does not exist.`)];
      const value = ids.flatMap((id) => {
        const item = items.get(id);
        return item ? [{ ...item, url: apiUrl(id) }] : omit ? [null] : [];
      });
      return [200, { count: value.length, value }];
    }
    return [404, error('no such route')];
  };

  const server = http.createServer((req, res) => {
    const parts: Buffer[] = [];
    req.on('data', (part: Buffer) => parts.push(part));
    req.on('end', () => {
      const body = Buffer.concat(parts).toString('utf8');
      const method = req.method ?? 'GET';
      const url = new URL(req.url ?? '/', origin);
      const contentType = String(req.headers['content-type'] ?? '');
      const authorization = String(req.headers.authorization ?? '');
      requests.push({ method, url: url.pathname + url.search, contentType, authorization, body });
      const send = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
        res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
        res.end(JSON.stringify(payload));
      };
      const index = scripted.findIndex((s) => !s.match || s.match.test(`${method} ${url.pathname}`));
      if (index >= 0) {
        const [next] = scripted.splice(index, 1);
        return send(
          next!.status,
          error(`scripted ${next!.status}`),
          next!.retryAfter ? { 'retry-after': next!.retryAfter } : {},
        );
      }
      if (!accepted.has(authorization)) return send(401, error('TF400813: The user is not authorized.'));
      try {
        const [status, payload] = handle(method, url, body, contentType);
        send(status, payload);
      } catch {
        send(400, error('malformed request'));
      }
    });
  });
  origin = await listenOnLoopback(server);
  return {
    organizationUrl: `${origin}/${organization}`,
    project,
    items,
    get creates() {
      return creates;
    },
    requests,
    script: (response, times = 1) => {
      for (let i = 0; i < times; i++) scripted.push(response);
    },
    stop: () => closeServer(server),
  };
}

/** The service's error body shape. */
function error(message: string): Record<string, unknown> {
  return {
    $id: '1',
    innerException: null,
    message,
    typeName: 'Fake.AzureDevOpsException',
    typeKey: 'FakeException',
    errorCode: 0,
    eventId: 3000,
  };
}

/** Validates a create body (JSON Patch of `add` on known fields) and returns its fields, or why it is invalid. */
function patchFields(body: string): Record<string, unknown> | string {
  let document: unknown;
  try {
    document = JSON.parse(body);
  } catch {
    return 'body is not JSON';
  }
  if (!Array.isArray(document) || document.length === 0) return 'body must be a non-empty JSON Patch array';
  const fields: Record<string, unknown> = {};
  for (const operation of document as Record<string, unknown>[]) {
    if (typeof operation !== 'object' || operation === null) return 'operation is not an object';
    if (operation.op !== 'add') return `unsupported op ${String(operation.op)}`;
    const path = typeof operation.path === 'string' ? /^\/fields\/(.+)$/.exec(operation.path) : null;
    if (!path || !FIELDS.has(path[1]!)) return `TF51535: Cannot find field ${String(operation.path)}.`;
    if (!('value' in operation)) return 'operation without value';
    fields[path[1]!] = operation.value;
  }
  const title = fields['System.Title'];
  if (typeof title !== 'string' || title.trim() === '' || title.length > 255)
    return 'TF401320: System.Title is required';
  const priority = fields['Microsoft.VSTS.Common.Priority'];
  if (priority !== undefined && ![1, 2, 3, 4].includes(priority as number)) return 'priority must be 1..4';
  return fields;
}
