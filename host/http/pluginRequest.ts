import type { IncomingMessage } from 'node:http';
import { AppError } from '../../skills/errors/AppError';
import { parseJson, readBody } from './readBody';

/** A plugin API route: the generated spec, or one skill operation (`confirm` for `/api/skills/{skill}/confirm`). */
export type PluginRoute =
  | { readonly kind: 'spec'; readonly format: 'json' | 'yaml' }
  | { readonly kind: 'skill'; readonly skill: string; readonly confirm: boolean };

const SKILLS_PREFIX = '/api/skills/';

/** True for every path the plugin API answers (`/api/skills/...`, `/api/openapi.json`, `/api/openapi.yaml`). */
export function isPluginApiPath(pathname: string): boolean {
  return (
    pathname.startsWith(SKILLS_PREFIX) || pathname === '/api/openapi.json' || pathname === '/api/openapi.yaml'
  );
}

/**
 * Parses a plugin API path. `/api/skills/<name>` and `/api/skills/<name>/confirm` name a skill (existence is
 * checked later, so an unknown one becomes `unknown_skill`); any other path under `/api/skills/` is
 * AppError `not_found`.
 */
export function pluginRoute(pathname: string): PluginRoute {
  if (pathname === '/api/openapi.json') return { kind: 'spec', format: 'json' };
  if (pathname === '/api/openapi.yaml') return { kind: 'spec', format: 'yaml' };
  const parts = pathname.startsWith(SKILLS_PREFIX) ? pathname.slice(SKILLS_PREFIX.length).split('/') : [];
  const [skill, action, ...rest] = parts;
  if (!skill || rest.length > 0 || (action !== undefined && action !== 'confirm'))
    throw new AppError('not_found');
  let name: string;
  try {
    name = decodeURIComponent(skill);
  } catch {
    throw new AppError('not_found');
  }
  return { kind: 'skill', skill: name, confirm: action === 'confirm' };
}

/**
 * Reads a plugin API request body as JSON: at most 256 KB (413 `payload_too_large`), sent as
 * `application/json` (415 `unsupported_media_type`), valid JSON (400 `invalid_json`). An empty body is `{}`
 * (an operation without required parameters may be called without one).
 */
export async function readJsonRequest(req: IncomingMessage): Promise<unknown> {
  const body = await readBody(req);
  if (body.length === 0) return {};
  if (!/^application\/json\b/i.test(req.headers['content-type'] ?? ''))
    throw new AppError('unsupported_media_type');
  return parseJson(body);
}
