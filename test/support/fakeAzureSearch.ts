import http from 'node:http';
import { checkValues, type IndexDefinition, validateIndex } from './odataEdm';
import { type Document, ODataError, parseFilter } from './odataFilter';
import { parseOrderBy, parseSimpleQuery, rank } from './odataQuery';
import { fuseRanks, type Hit, nearest, parseVectorFilterMode, parseVectorQueries } from './odataVector';
import { listenOnLoopback, closeServer } from './loopbackServer';

/**
 * A loopback stand-in for Azure AI Search, speaking the REST API as `@azure/search-documents` 13 calls it
 * (captured from the SDK): `PUT|GET|DELETE /indexes('name')`, `POST /indexes('name')/docs/search.index`,
 * `POST /indexes('name')/docs/search.post.search`, `GET /indexes('name')/docs/$count`, each with
 * `?api-version=` and an `api-key` header (missing: 401; wrong: 403; the query key may only read).
 * Errors are `{ "error": { "code", "message" } }`. Indexing: at most 1,000 actions and 16 MiB per request
 * (413 otherwise); per-action results `{ key, status, errorMessage, statusCode }` with 200, or 207 when any
 * failed. Search: BM25 over the searchable fields with the scoring profile's weights, a strict `$filter`
 * (see odataFilter.ts; anything unsupported is a 400), `$orderby`, `$select`, `$top` (default 50, pages of
 * 1,000 with `@search.nextPageParameters`), `$skip` (at most 100,000), `count`, and `queryType: semantic`
 * (reranker score 0–4 for the first 50). Vector and hybrid queries (see odataVector.ts): `vectorQueries`
 * with `vectorFilterMode`; with search text too, the text results (up to 1,000) and each vector field's
 * kNN results are fused by RRF, which becomes `@search.score`. Every request is recorded; failures can be
 * injected.
 */
export interface FakeAzureSearch {
  readonly endpoint: string;
  readonly apiKey: string;
  readonly queryKey: string;
  readonly requests: RecordedRequest[];
  /** Index name -> documents by key, in insertion order. */
  readonly documents: Map<string, Map<string, Document>>;
  /** The next `count` requests matching `match` get `status` with an error body (e.g. 503, 429). */
  failRequests(count: number, status: number, match?: (req: RecordedRequest) => boolean): void;
  /** Index actions whose key matches fail with `statusCode` (the response becomes 207). */
  failActions(match: (key: string) => boolean, statusCode: number, errorMessage: string): void;
  stop(): Promise<void>;
}

export interface RecordedRequest {
  readonly method: string;
  /** Decoded path without the query string, e.g. `/indexes('kn')/docs/search.post.search`. */
  readonly path: string;
  readonly query: Record<string, string>;
  readonly body: unknown;
  readonly bodyBytes: number;
  status: number;
}

const MAX_ACTIONS = 1000;
const MAX_BODY_BYTES = 16 * 1024 * 1024;
const KEY = /^(?!_)[A-Za-z0-9_=-]{1,1024}$/;

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export async function startFakeAzureSearch(
  options: { apiKey?: string; queryKey?: string } = {},
): Promise<FakeAzureSearch> {
  const apiKey = options.apiKey ?? 'fake-admin-key';
  const queryKey = options.queryKey ?? 'fake-query-key';
  const indexes = new Map<string, IndexDefinition>();
  const documents = new Map<string, Map<string, Document>>();
  const requests: RecordedRequest[] = [];
  const requestFailures: { count: number; status: number; match: (req: RecordedRequest) => boolean }[] = [];
  const actionFailures: { match: (key: string) => boolean; statusCode: number; errorMessage: string }[] = [];
  let etag = 0;

  const indexFor = (name: string): IndexDefinition => {
    const index = indexes.get(name);
    if (!index) throw new HttpError(404, `No index with the name '${name}' was found in the service.`);
    return index;
  };

  function route(req: RecordedRequest, key: string | undefined): { status: number; body?: unknown } {
    const match = /^\/indexes\('([^']+)'\)(\/docs\/(search\.post\.search|search\.index|\$count))?$/.exec(
      req.path,
    );
    if (!match) throw new HttpError(404, `Resource ${req.path} not found.`);
    if (!req.query['api-version']) throw new HttpError(400, 'The api-version query parameter is missing.');
    const [, name, , action] = match;
    const writes = req.method !== 'GET' && action !== 'search.post.search';
    if (key === undefined) throw new HttpError(401, 'Authentication is required.');
    if (key !== apiKey && (key !== queryKey || writes))
      throw new HttpError(403, 'Access denied: invalid api-key.');
    if (action === undefined) return manageIndex(req, name!);
    if (action === '$count' && req.method === 'GET')
      return { status: 200, body: documents.get(indexFor(name!).name)!.size };
    if (action === 'search.index' && req.method === 'POST') return indexDocuments(req, indexFor(name!));
    if (action === 'search.post.search' && req.method === 'POST') return search(req, indexFor(name!));
    throw new HttpError(405, `${req.method} is not allowed on ${req.path}.`);
  }

  function manageIndex(req: RecordedRequest, name: string): { status: number; body?: unknown } {
    if (req.method === 'GET') return { status: 200, body: indexFor(name) };
    if (req.method === 'DELETE') {
      indexFor(name);
      indexes.delete(name);
      documents.delete(name);
      return { status: 204 };
    }
    if (req.method !== 'PUT') throw new HttpError(405, `${req.method} is not allowed on ${req.path}.`);
    const definition = validateIndex(req.body, name, indexes.get(name));
    etag += 1;
    definition['@odata.etag'] = `"0x${etag.toString(16)}"`;
    const created = !indexes.has(name);
    indexes.set(name, definition);
    if (created) documents.set(name, new Map());
    return { status: created ? 201 : 200, body: definition };
  }

  function indexDocuments(req: RecordedRequest, index: IndexDefinition): { status: number; body: unknown } {
    if (req.bodyBytes > MAX_BODY_BYTES) throw new HttpError(413, 'The request is too large: at most 16 MB.');
    const actions = (req.body as { value?: unknown } | undefined)?.value;
    if (!Array.isArray(actions))
      throw new HttpError(400, "The request is invalid: 'value' must be an array.");
    if (actions.length > MAX_ACTIONS)
      throw new HttpError(413, `Too many actions: ${actions.length}, at most 1000.`);
    const keyField = index.fields.find((field) => field.key)!.name;
    const prepared = actions.map((raw: unknown) => {
      if (typeof raw !== 'object' || raw === null) throw new HttpError(400, 'Each action must be an object.');
      const { '@search.action': type = 'upload', ...fields } = raw as Record<string, unknown>;
      if (!['upload', 'merge', 'mergeOrUpload', 'delete'].includes(type as string)) {
        throw new HttpError(400, `Invalid @search.action '${String(type)}'.`);
      }
      return { type: type as string, fields: checkValues(index, fields) };
    });
    const store = documents.get(index.name)!;
    const value = prepared.map(({ type, fields }) => {
      const key = String(fields[keyField] ?? '');
      const injected = actionFailures.find((failure) => failure.match(key));
      const result = (statusCode: number, errorMessage: string | null = null) => ({
        key,
        status: statusCode < 300,
        errorMessage,
        statusCode,
      });
      if (!KEY.test(key)) return result(400, `Invalid document key: '${key}'.`);
      if (injected) return result(injected.statusCode, injected.errorMessage);
      const existing = store.get(key);
      if (type === 'delete') {
        store.delete(key);
        return result(200);
      }
      if (type === 'merge' && !existing) return result(404, 'Document not found.');
      const base = type === 'upload' || !existing ? {} : existing;
      store.set(key, { ...base, ...fields });
      return result(existing ? 200 : 201);
    });
    return { status: value.every((item) => item.status) ? 200 : 207, body: { value } };
  }

  function search(req: RecordedRequest, index: IndexDefinition): { status: number; body: unknown } {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const fields = new Map(index.fields.map((field) => [field.name, field]));
    const list = (value: unknown): string[] =>
      typeof value === 'string' && value.trim() ? value.split(',').map((s) => s.trim()) : [];
    const searchFields = list(body.searchFields);
    for (const name of searchFields) {
      if (!fields.get(name)?.searchable) throw new HttpError(400, `Field '${name}' is not searchable.`);
    }
    const select = list(body.select).filter((s) => s !== '*');
    for (const name of select) {
      if (!fields.get(name)?.retrievable) throw new HttpError(400, `Field '${name}' is not retrievable.`);
    }
    if (body.queryType !== undefined && body.queryType !== 'simple' && body.queryType !== 'semantic') {
      throw new HttpError(400, `queryType '${String(body.queryType)}' is not supported by this fake.`);
    }
    const semantic = body.queryType === 'semantic';
    const configuration =
      (body.semanticConfiguration as string | undefined) ?? index.semantic?.defaultConfiguration;
    if (semantic && !index.semantic?.configurations?.some((config) => config.name === configuration)) {
      throw new HttpError(400, `Semantic configuration '${String(configuration)}' does not exist.`);
    }
    const profileName =
      (body.scoringProfile as string | undefined) ?? index.defaultScoringProfile ?? undefined;
    const profile = index.scoringProfiles?.find((p) => p.name === profileName);
    if (profileName && !profile) throw new HttpError(400, `Scoring profile '${profileName}' does not exist.`);
    const top = body.top === undefined ? 50 : Number(body.top);
    const skip = body.skip === undefined ? 0 : Number(body.skip);
    if (!Number.isInteger(top) || top < 0) throw new HttpError(400, 'top must be a non-negative integer.');
    if (!Number.isInteger(skip) || skip < 0 || skip > 100_000)
      throw new HttpError(400, 'skip must be 0..100000.');
    const vectorQueries = parseVectorQueries(body.vectorQueries, index);
    const filterMode = parseVectorFilterMode(body.vectorFilterMode);
    const all = [...documents.get(index.name)!.values()];
    let docs = all;
    let predicate: ((doc: Document) => boolean) | undefined;
    if (typeof body.filter === 'string') {
      predicate = parseFilter(
        body.filter,
        new Map([...fields].map(([n, f]) => [n, { type: f.type, filterable: !!f.filterable }])),
      );
      docs = docs.filter(predicate);
    }
    const searchable = searchFields.length
      ? searchFields
      : index.fields.filter((f) => f.searchable && !f.dimensions).map((f) => f.name);
    const mode = body.searchMode === 'all' ? 'all' : 'any';
    const text = typeof body.search === 'string' ? body.search.trim() : '';
    const legs: Hit[][] = [];
    if (vectorQueries.length === 0 || (text !== '' && text !== '*')) {
      const textHits = rank(docs, parseSimpleQuery(text), searchable, profile?.text?.weights ?? {}, mode);
      legs.push(vectorQueries.length === 0 ? textHits : textHits.slice(0, 1000));
    }
    for (const query of vectorQueries) {
      for (const field of query.fields) {
        const near = nearest(filterMode === 'preFilter' ? docs : all, query, field);
        legs.push(filterMode === 'postFilter' && predicate ? near.filter(({ doc }) => predicate(doc)) : near);
      }
    }
    let hits = legs.length === 1 ? legs[0]! : fuseRanks(legs);
    if (typeof body.orderby === 'string') {
      hits = [...hits].sort(parseOrderBy(body.orderby, (name) => !!fields.get(name)?.sortable));
    }
    const best = Math.max(0, ...hits.slice(0, 50).map((hit) => hit.score));
    const page = hits.slice(skip, skip + Math.min(top, 1000));
    const shown = select.length ? select : index.fields.filter((f) => f.retrievable).map((f) => f.name);
    const value = page.map(({ doc, score }, i) => ({
      '@search.score': score,
      ...(semantic && skip + i < 50 ? { '@search.rerankerScore': best > 0 ? (4 * score) / best : 0 } : {}),
      ...Object.fromEntries(shown.map((name) => [name, doc[name] ?? null])),
    }));
    const more = top > 1000 && hits.length > skip + 1000;
    return {
      status: 200,
      body: {
        ...(body.count === true ? { '@odata.count': hits.length } : {}),
        value,
        ...(more
          ? {
              '@odata.nextLink': `${endpoint}/indexes('${index.name}')/docs/search.post.search?api-version=${req.query['api-version']}`,
              '@search.nextPageParameters': { ...body, skip: skip + 1000, top: top - 1000 },
            }
          : {}),
      },
    };
  }

  const server = http.createServer((incoming, res) => {
    const parts: Buffer[] = [];
    incoming.on('data', (part: Buffer) => parts.push(part));
    incoming.on('end', () => {
      const raw = Buffer.concat(parts);
      const url = new URL(incoming.url ?? '/', 'http://127.0.0.1');
      const req: RecordedRequest = {
        method: incoming.method ?? 'GET',
        path: decodeURIComponent(url.pathname),
        query: Object.fromEntries(url.searchParams),
        body: undefined,
        bodyBytes: raw.length,
        status: 0,
      };
      requests.push(req);
      let status: number;
      let body: unknown;
      try {
        const failure = requestFailures.find((f) => f.count > 0 && f.match(req));
        if (failure) {
          failure.count -= 1;
          throw new HttpError(failure.status, 'Injected failure.');
        }
        if (raw.length > 0 && raw.length <= MAX_BODY_BYTES) {
          try {
            (req as { body: unknown }).body = JSON.parse(raw.toString('utf8'));
          } catch {
            throw new HttpError(400, 'The request body is not valid JSON.');
          }
        }
        ({ status, body } = route(req, incoming.headers['api-key'] as string | undefined));
      } catch (error) {
        status = error instanceof HttpError ? error.status : error instanceof ODataError ? 400 : 500;
        body = { error: { code: '', message: (error as Error).message } };
      }
      req.status = status;
      if (body === undefined) {
        res.writeHead(status);
        res.end();
      } else if (typeof body === 'number') {
        res.writeHead(status, { 'content-type': 'text/plain' });
        res.end(String(body));
      } else {
        res.writeHead(status, { 'content-type': 'application/json; odata.metadata=none' });
        res.end(JSON.stringify(body));
      }
    });
  });
  const endpoint = await listenOnLoopback(server);
  return {
    endpoint,
    apiKey,
    queryKey,
    requests,
    documents,
    failRequests: (count, status, match = () => true) => requestFailures.push({ count, status, match }),
    failActions: (match, statusCode, errorMessage) =>
      actionFailures.push({ match, statusCode, errorMessage }),
    stop: () => closeServer(server),
  };
}
