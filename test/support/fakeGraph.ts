import crypto from 'node:crypto';
import http from 'node:http';
import type { AccessToken, TokenCredential } from '@azure/identity';
import { createGraphClient } from '../../knowledge/graph/createGraphClient';
import type { GraphPermission } from '../../knowledge/graph/graphTypes';
import { listenOnLoopback, closeServer } from './loopbackServer';

/** A file or folder to put in a fake drive. Omitted fields keep their current value on an update. */
export interface FakeItemInput {
  readonly id: string;
  readonly name?: string;
  readonly folder?: boolean;
  /** Parent folder id; default the drive root. */
  readonly parentId?: string;
  readonly content?: string | Buffer;
  readonly permissions?: GraphPermission[];
  /** Entra object id of the creator (`createdBy.user.id`). */
  readonly createdBy?: string;
  /** Purview label id `extractSensitivityLabels` reports for the file; `null` removes it. */
  readonly sensitivityLabel?: string | null;
}

interface StoredItem {
  id: string;
  name: string;
  folder: boolean;
  parentId: string;
  content: Buffer;
  permissions: GraphPermission[];
  createdBy: string;
  sensitivityLabel: string | null;
  /** Change sequence of the last change; `sharingOnly` when that change touched only permissions. */
  seq: number;
  sharingOnly: boolean;
  contentVersion: number;
  version: number;
  modified: string;
  deleted: boolean;
}

interface Drive {
  id: string;
  items: Map<string, StoredItem>;
  seq: number;
  /** Delta tokens carry the epoch they were issued in; an older epoch gets `410 Gone`. */
  epoch: number;
}

export interface FakeRequest {
  readonly method: string;
  /**
   * Path and query as received, e.g. `/v1.0/drives/d1/root/delta?token=...`; downloads (on the separate
   * download origin) are recorded with their origin, e.g. `http://127.0.0.1:4321/download?tempauth=...`.
   */
  readonly url: string;
  readonly authorization?: string;
  readonly prefer?: string;
  readonly status: number;
}

export interface FakeGraph {
  /** Origin to give `createGraphClient({ baseUrl })`, e.g. `http://127.0.0.1:41234`. */
  readonly baseUrl: string;
  /** The only bearer token the fake accepts. */
  readonly token: string;
  readonly requests: FakeRequest[];
  /** Items per delta page (default 2) and groups per membership page (default 100, `$top` permitting). */
  readonly paging: { deltaPageSize: number; groupPageSize: number };
  addDrive(driveId: string): void;
  /** Creates or changes an item (a new change in the drive's delta feed). */
  putItem(driveId: string, item: FakeItemInput): void;
  /** Replaces an item's permissions: a sharing change, in delta only with `Prefer: deltashowsharingchanges`. */
  setPermissions(driveId: string, itemId: string, permissions: GraphPermission[]): void;
  deleteItem(driveId: string, itemId: string): void;
  /** Makes every delta/next link issued so far for the drive answer `410 Gone` (resyncRequired). */
  expireDeltaTokens(driveId: string): void;
  setUser(userId: string, user: { displayName?: string; groups?: string[] }): void;
  /** Marks a user as having no OneDrive: uploads to `/users/{id}/drive/...` then answer `403 accessDenied`. */
  denyDrive(userId: string): void;
  /** Files uploaded to a user's OneDrive (`PUT /users/{id}/drive/root:/{path}:/content`), in upload order. */
  driveFiles(userId: string): FakeDriveFile[];
  /**
   * The next requests whose path and query (e.g. `/v1.0/users/u1?$select=displayName`) match `pattern` get
   * these failures, in order (e.g. 429 with Retry-After).
   */
  script(pattern: RegExp, ...responses: { status: number; retryAfter?: string }[]): void;
  stop(): Promise<void>;
}

/** A file uploaded to a user's OneDrive through the fake. */
export interface FakeDriveFile {
  readonly id: string;
  readonly name: string;
  /** Path below the drive root, e.g. `Reports/report (1).docx`. */
  readonly path: string;
  readonly bytes: Buffer;
  readonly contentType: string;
  readonly webUrl: string;
}

/** A TokenCredential test double: `getToken` returns `token` (the real Entra service cannot run here). */
export function staticTokenCredential(token: string): TokenCredential {
  return {
    getToken: async (): Promise<AccessToken> => ({ token, expiresOnTimestamp: Date.now() + 3600_000 }),
  };
}

/** The `client` and `baseUrl` options of a Graph source (e.g. `GraphDriveSource`) calling `fake` with its token. */
export function fakeGraphConnection(fake: Pick<FakeGraph, 'token' | 'baseUrl'>) {
  return {
    client: createGraphClient({ credential: staticTokenCredential(fake.token), baseUrl: fake.baseUrl }),
    baseUrl: fake.baseUrl,
  };
}

const encodeToken = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const MIME: Record<string, string> = {
  '.md': 'text/markdown',
  '.txt': 'text/plain',
  '.html': 'text/html',
  '.pdf': 'application/pdf',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/**
 * A loopback stand-in for the parts of Microsoft Graph v1.0 this project uses, speaking its documented REST
 * shapes: `GET /v1.0/drives/{id}/root/delta` (paged by `@odata.nextLink`, ending in `@odata.deltaLink`
 * with an opaque `token`; changes since a token, deleted items with the `deleted` facet; `410 Gone` with a
 * `resyncRequired` error for an expired token), `.../items/{id}/permissions`, `.../items/{id}/content`
 * (302 to a pre-authenticated download URL on a second loopback origin, as SharePoint's are on another host), `/users/{id}/transitiveMemberOf/microsoft.graph.group`
 * (paged with `$skiptoken`), `/users/{id}?$select=displayName`, and the simple upload
 * `PUT /users/{id}/drive/root:/{path}:/content` (201 with the new driveItem, 200 when it replaced a file;
 * `@microsoft.graph.conflictBehavior` `replace` (default), `rename` (`name (1).ext`, `name (2).ext`...) or
 * `fail` (409 nameAlreadyExists); `POST .../items/{id}/extractSensitivityLabels` (200 with an
 * `extractSensitivityLabelsResult`: the item's one label, or none); 403 accessDenied for a user marked with `denyDrive`). Every `/v1.0` request needs
 * `Authorization: Bearer <token>` (else 401). Errors use Graph's `{ "error": { "code", "message" } }` body.
 */
export async function startFakeGraph(options: { token?: string } = {}): Promise<FakeGraph> {
  const token = options.token ?? `fake-token-${crypto.randomBytes(8).toString('hex')}`;
  const drives = new Map<string, Drive>();
  const users = new Map<string, { displayName?: string; groups: string[] }>();
  const userDrives = new Map<string, FakeDriveFile[]>();
  const drivelessUsers = new Set<string>();
  const downloads = new Map<string, Buffer>();
  const scripted: { pattern: RegExp; responses: { status: number; retryAfter?: string }[] }[] = [];
  const requests: FakeRequest[] = [];
  const paging = { deltaPageSize: 2, groupPageSize: 100 };
  let baseUrl = '';
  /** Pre-authenticated download URLs live on another origin, as SharePoint's do. */
  let downloadUrl = '';

  const driveOf = (driveId: string): Drive => {
    const drive = drives.get(driveId);
    if (!drive) throw new Error(`fake graph: no drive ${driveId}`);
    return drive;
  };
  const rootId = (driveId: string) => `root-${driveId}`;

  const itemJson = (drive: Drive, item: StoredItem): Record<string, unknown> => {
    const parentReference = { driveType: 'documentLibrary', driveId: drive.id, id: item.parentId };
    if (item.deleted) {
      return {
        '@odata.type': '#microsoft.graph.driveItem',
        id: item.id,
        parentReference,
        deleted: { state: 'deleted' },
        ...(item.folder ? { folder: {} } : { file: {} }),
      };
    }
    const isRoot = item.id === rootId(drive.id);
    const extension = item.name.slice(item.name.lastIndexOf('.')).toLowerCase();
    return {
      '@odata.type': '#microsoft.graph.driveItem',
      id: item.id,
      name: item.name,
      eTag: `"{${item.id}},${item.version}"`,
      cTag: `"c:{${item.id}},${item.contentVersion}"`,
      createdBy: { user: { id: item.createdBy, displayName: `User ${item.createdBy}` } },
      createdDateTime: '2025-01-06T08:00:00Z',
      lastModifiedDateTime: item.modified,
      size: item.content.length,
      webUrl: `https://norvik.sharepoint.com/sites/docs/Shared%20Documents/${encodeURIComponent(item.name)}`,
      ...(isRoot ? { root: {} } : { parentReference }),
      ...(item.folder
        ? { folder: { childCount: [...drive.items.values()].filter((i) => i.parentId === item.id).length } }
        : { file: { mimeType: MIME[extension] ?? 'application/octet-stream' } }),
      ...(item.sharingOnly ? { '@microsoft.graph.sharedChanged': 'True' } : {}),
    };
  };

  const store = (drive: Drive, input: FakeItemInput, sharingOnly: boolean): void => {
    const current = drive.items.get(input.id);
    drive.seq += 1;
    const contentChanged = input.content !== undefined || input.name !== undefined || !current;
    drive.items.set(input.id, {
      id: input.id,
      name: input.name ?? current?.name ?? input.id,
      folder: input.folder ?? current?.folder ?? false,
      parentId: input.parentId ?? current?.parentId ?? rootId(drive.id),
      content:
        input.content === undefined ? (current?.content ?? Buffer.alloc(0)) : Buffer.from(input.content),
      permissions: input.permissions ?? current?.permissions ?? [],
      createdBy: input.createdBy ?? current?.createdBy ?? 'creator-1',
      sensitivityLabel:
        input.sensitivityLabel === undefined ? (current?.sensitivityLabel ?? null) : input.sensitivityLabel,
      seq: drive.seq,
      sharingOnly,
      contentVersion: (current?.contentVersion ?? 0) + (contentChanged && !sharingOnly ? 1 : 0),
      version: (current?.version ?? 0) + 1,
      modified: new Date(Date.UTC(2026, 0, 1, 0, 0, drive.seq)).toISOString(),
      deleted: false,
    });
  };

  const send = (
    res: http.ServerResponse,
    status: number,
    body: unknown,
    headers: Record<string, string> = {},
  ) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  };
  const graphError = (
    res: http.ServerResponse,
    status: number,
    code: string,
    message: string,
    headers = {},
  ) =>
    send(
      res,
      status,
      { error: { code, message, innerError: { 'request-id': crypto.randomUUID() } } },
      headers,
    );

  const delta = (res: http.ServerResponse, drive: Drive, url: URL, prefer: string): void => {
    const raw = url.searchParams.get('token');
    let cursor = { e: drive.epoch, c: 0, u: drive.seq, f: true };
    if (raw !== null) {
      try {
        cursor = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as typeof cursor;
      } catch {
        return graphError(res, 400, 'invalidRequest', 'Invalid token');
      }
      if (cursor.e !== drive.epoch) {
        return graphError(
          res,
          410,
          'resyncRequired',
          'Resync required: the delta token is no longer valid.',
          {
            Location: `${baseUrl}/v1.0/drives/${drive.id}/root/delta`,
          },
        );
      }
      if (cursor.u === -1) cursor = { ...cursor, u: drive.seq };
    }
    const showSharing = prefer.toLowerCase().includes('deltashowsharingchanges');
    const changed = [...drive.items.values()]
      .filter((item) => item.seq > cursor.c && item.seq <= cursor.u)
      .filter((item) => !(cursor.f && item.deleted))
      .filter((item) => cursor.f || showSharing || !item.sharingOnly)
      .sort((a, b) => a.seq - b.seq);
    const page = changed.slice(0, paging.deltaPageSize);
    const more = changed.length > page.length;
    const link = (value: object) =>
      `${baseUrl}/v1.0/drives/${drive.id}/root/delta?token=${encodeToken(value)}`;
    const lastSeq = page.length > 0 ? (page[page.length - 1] as StoredItem).seq : cursor.u;
    send(res, 200, {
      '@odata.context': `${baseUrl}/v1.0/$metadata#Collection(driveItem)`,
      value: page.map((item) => itemJson(drive, item)),
      ...(more
        ? { '@odata.nextLink': link({ ...cursor, c: lastSeq }) }
        : { '@odata.deltaLink': link({ e: drive.epoch, c: cursor.u, u: -1, f: false }) }),
    });
  };

  const groupsPage = (res: http.ServerResponse, userId: string, url: URL): void => {
    const user = users.get(userId);
    if (!user)
      return graphError(res, 404, 'Request_ResourceNotFound', `Resource '${userId}' does not exist.`);
    const top = Math.min(Number(url.searchParams.get('$top') ?? 100), 999, paging.groupPageSize);
    const offset = Number(url.searchParams.get('$skiptoken') ?? 0);
    const page = user.groups.slice(offset, offset + top);
    const next = offset + top < user.groups.length;
    send(res, 200, {
      '@odata.context': `${baseUrl}/v1.0/$metadata#groups(id)`,
      value: page.map((id) => ({ '@odata.type': '#microsoft.graph.group', id })),
      ...(next
        ? {
            '@odata.nextLink': `${baseUrl}/v1.0/users/${userId}/transitiveMemberOf/microsoft.graph.group?$select=id&$top=${top}&$skiptoken=${offset + top}`,
          }
        : {}),
    });
  };

  const upload = (
    res: http.ServerResponse,
    userId: string,
    filePath: string,
    url: URL,
    req: http.IncomingMessage,
    body: Buffer,
  ): void => {
    if (drivelessUsers.has(userId)) return graphError(res, 403, 'accessDenied', 'Access denied');
    const segments = filePath.split('/');
    if (segments.some((segment) => segment.trim() === '' || /["*:<>?\\|]/.test(segment)))
      return graphError(res, 400, 'invalidRequest', 'Invalid path');
    const files = userDrives.get(userId) ?? [];
    userDrives.set(userId, files);
    const behavior = url.searchParams.get('@microsoft.graph.conflictBehavior') ?? 'replace';
    const folder = segments.slice(0, -1).join('/');
    const exists = (candidate: string) =>
      files.findIndex((f) => f.path.toLowerCase() === candidate.toLowerCase());
    let name = segments[segments.length - 1] as string;
    let index = exists(filePath);
    if (index >= 0 && behavior === 'fail')
      return graphError(res, 409, 'nameAlreadyExists', 'The specified item name already exists.');
    if (index >= 0 && behavior === 'rename') {
      const dot = name.lastIndexOf('.');
      const [stem, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
      for (let n = 1; index >= 0; n += 1) {
        name = `${stem} (${n})${extension}`;
        index = exists(folder ? `${folder}/${name}` : name);
      }
    }
    const stored: FakeDriveFile = {
      id:
        index >= 0
          ? (files[index] as FakeDriveFile).id
          : `01${crypto.randomBytes(12).toString('hex').toUpperCase()}`,
      name,
      path: folder ? `${folder}/${name}` : name,
      bytes: body,
      contentType: String(req.headers['content-type'] ?? ''),
      webUrl: `https://norvik-my.sharepoint.com/personal/${encodeURIComponent(userId)}/Documents/${[...segments.slice(0, -1), name].map(encodeURIComponent).join('/')}`,
    };
    if (index >= 0) files[index] = stored;
    else files.push(stored);
    const extension = name.slice(name.lastIndexOf('.')).toLowerCase();
    send(res, index >= 0 ? 200 : 201, {
      '@odata.context': `${baseUrl}/v1.0/$metadata#users('${userId}')/drive/root/$entity`,
      id: stored.id,
      name,
      size: body.length,
      webUrl: stored.webUrl,
      eTag: `"{${stored.id}},1"`,
      cTag: `"c:{${stored.id}},1"`,
      createdDateTime: '2026-01-01T00:00:00Z',
      lastModifiedDateTime: '2026-01-01T00:00:00Z',
      parentReference: {
        driveType: 'business',
        driveId: `b!${userId}`,
        path: `/drive/root:${folder ? `/${folder}` : ''}`,
      },
      file: { mimeType: MIME[extension] ?? 'application/octet-stream' },
    });
  };

  const route = (req: http.IncomingMessage, res: http.ServerResponse, url: URL, body?: Buffer): void => {
    const path = decodeURIComponent(url.pathname);
    if (!path.startsWith('/v1.0/')) return graphError(res, 404, 'BadRequest', 'Unsupported API version');
    if (req.headers.authorization !== `Bearer ${token}`) {
      return graphError(res, 401, 'InvalidAuthenticationToken', 'Access token is empty or invalid.');
    }
    const failure = scripted.find(
      (entry) => entry.pattern.test(path + url.search) && entry.responses.length > 0,
    );
    const scriptedResponse = failure?.responses.shift();
    if (scriptedResponse) {
      const code = scriptedResponse.status === 429 ? 'TooManyRequests' : 'serviceNotAvailable';
      const headers: Record<string, string> =
        scriptedResponse.retryAfter === undefined ? {} : { 'Retry-After': scriptedResponse.retryAfter };
      return graphError(res, scriptedResponse.status, code, 'Please retry later.', headers);
    }
    let match = /^\/v1\.0\/users\/([^/]+)\/drive\/root:\/(.+):\/content$/.exec(path);
    if (match && req.method === 'PUT')
      return upload(res, match[1] as string, match[2] as string, url, req, body ?? Buffer.alloc(0));
    match = /^\/v1\.0\/drives\/([^/]+)\/items\/([^/]+)\/extractSensitivityLabels$/.exec(path);
    if (match && req.method === 'POST') {
      const item = drives.get(match[1] as string)?.items.get(match[2] as string);
      if (!item || item.deleted)
        return graphError(res, 404, 'itemNotFound', 'The resource could not be found.');
      const labels = item.sensitivityLabel
        ? [{ sensitivityLabelId: item.sensitivityLabel, assignmentMethod: 'standard', tenantId: 'tenant-1' }]
        : [];
      return send(res, 200, { '@odata.type': '#microsoft.graph.extractSensitivityLabelsResult', labels });
    }
    if (req.method !== 'GET')
      return graphError(res, 405, 'BadRequest', 'Only GET is supported here by this fake');
    match = /^\/v1\.0\/drives\/([^/]+)\/root\/delta$/.exec(path);
    if (match) {
      const drive = drives.get(match[1] as string);
      if (!drive) return graphError(res, 404, 'itemNotFound', 'The drive does not exist.');
      return delta(res, drive, url, String(req.headers.prefer ?? ''));
    }
    match = /^\/v1\.0\/drives\/([^/]+)\/items\/([^/]+)\/(permissions|content)$/.exec(path);
    if (match) {
      const item = drives.get(match[1] as string)?.items.get(match[2] as string);
      if (!item || item.deleted)
        return graphError(res, 404, 'itemNotFound', 'The resource could not be found.');
      if (match[3] === 'permissions') return send(res, 200, { value: item.permissions });
      const tempauth = crypto.randomBytes(12).toString('base64url');
      downloads.set(tempauth, item.content);
      res.writeHead(302, { Location: `${downloadUrl}/download?tempauth=${tempauth}` });
      return void res.end();
    }
    match = /^\/v1\.0\/users\/([^/]+)\/transitiveMemberOf\/microsoft\.graph\.group$/.exec(path);
    if (match) return groupsPage(res, match[1] as string, url);
    match = /^\/v1\.0\/users\/([^/]+)$/.exec(path);
    if (match) {
      const user = users.get(match[1] as string);
      if (!user)
        return graphError(res, 404, 'Request_ResourceNotFound', `Resource '${match[1]}' does not exist.`);
      return send(res, 200, { id: match[1], displayName: user.displayName ?? null });
    }
    graphError(res, 400, 'BadRequest', `Resource not found for the segment '${path}'.`);
  };

  const download = (req: http.IncomingMessage, res: http.ServerResponse): void => {
    const url = new URL(req.url ?? '/', downloadUrl);
    const bytes =
      url.pathname === '/download' ? downloads.get(url.searchParams.get('tempauth') ?? '') : undefined;
    if (!bytes) return graphError(res, 401, 'unauthenticated', 'Invalid or expired tempauth');
    res.writeHead(200, {
      'content-type': 'application/octet-stream',
      'content-length': String(bytes.length),
    });
    res.end(bytes);
  };

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', baseUrl);
    record(req, res, baseUrl);
    if (req.method === 'PUT' || req.method === 'POST') {
      const parts: Buffer[] = [];
      req.on('data', (part: Buffer) => parts.push(part));
      req.on('end', () => route(req, res, url, Buffer.concat(parts)));
      return;
    }
    if (req.method !== 'GET')
      return graphError(res, 405, 'BadRequest', 'Only GET, PUT and POST are supported by this fake');
    route(req, res, url);
  });
  const downloadServer = http.createServer((req, res) => {
    record(req, res, downloadUrl);
    download(req, res);
  });
  const record = (req: http.IncomingMessage, res: http.ServerResponse, origin: string) =>
    res.on('finish', () =>
      requests.push({
        method: req.method ?? 'GET',
        url: `${origin === downloadUrl ? downloadUrl : ''}${req.url ?? '/'}`,
        ...(req.headers.authorization === undefined ? {} : { authorization: req.headers.authorization }),
        ...(req.headers.prefer === undefined ? {} : { prefer: String(req.headers.prefer) }),
        status: res.statusCode,
      }),
    );
  const listen = async (target: http.Server) => {
    return listenOnLoopback(target);
  };
  baseUrl = await listen(server);
  downloadUrl = await listen(downloadServer);

  return {
    baseUrl,
    token,
    requests,
    paging,
    addDrive: (driveId) => {
      const drive: Drive = { id: driveId, items: new Map(), seq: 0, epoch: 1 };
      drives.set(driveId, drive);
      store(drive, { id: rootId(driveId), name: 'root', folder: true, parentId: '' }, false);
    },
    putItem: (driveId, item) => store(driveOf(driveId), item, false),
    setPermissions: (driveId, itemId, permissions) => {
      if (!driveOf(driveId).items.has(itemId)) throw new Error(`fake graph: no item ${itemId}`);
      store(driveOf(driveId), { id: itemId, permissions }, true);
    },
    deleteItem: (driveId, itemId) => {
      const drive = driveOf(driveId);
      const item = drive.items.get(itemId);
      if (!item) throw new Error(`fake graph: no item ${itemId}`);
      drive.seq += 1;
      Object.assign(item, { deleted: true, seq: drive.seq, sharingOnly: false });
    },
    expireDeltaTokens: (driveId) => {
      driveOf(driveId).epoch += 1;
    },
    setUser: (userId, user) => users.set(userId, { ...user, groups: user.groups ?? [] }),
    denyDrive: (userId) => drivelessUsers.add(userId),
    driveFiles: (userId) => [...(userDrives.get(userId) ?? [])],
    script: (pattern, ...responses) => scripted.push({ pattern, responses: [...responses] }),
    stop: async () => {
      for (const target of [server, downloadServer]) {
        await closeServer(target);
      }
    },
  };
}

/**
 * A fake Graph (`startFakeGraph`) holding drive `d1` with one folder, id `fold`, named `folderName`: where the
 * drive suites put their documents (`parentId: 'fold'`).
 */
export async function startFakeDrive(folderName: string): Promise<FakeGraph> {
  const fake = await startFakeGraph();
  fake.addDrive('d1');
  fake.putItem('d1', { id: 'fold', name: folderName, folder: true });
  return fake;
}
