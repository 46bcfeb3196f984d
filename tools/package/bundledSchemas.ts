import fs from 'node:fs';
import path from 'node:path';

/** Root of the official JSON schemas bundled in `@microsoft/app-manifest` (`build/json-schemas`). */
export const BUNDLED_SCHEMAS_DIR = path.join(
  path.dirname(require.resolve('@microsoft/app-manifest')),
  'json-schemas',
);

const HOST = 'https://developer.microsoft.com/';

/** The three kinds of file the package validates, with where their schemas live and how they are addressed. */
export const SCHEMA_KINDS = {
  teams: {
    folder: 'teams',
    url: (version: string) => `${HOST}json-schemas/teams/v${version}/MicrosoftTeams.schema.json`,
  },
  declarativeAgent: {
    folder: 'copilot/declarative-agent',
    url: (version: string) => `${HOST}json-schemas/copilot/declarative-agent/v${version}/schema.json`,
  },
  apiPlugin: {
    folder: 'copilot/plugin',
    url: (version: string) => `${HOST}json-schemas/copilot/plugin/v${version}/schema.json`,
  },
} as const;

export type SchemaKind = keyof typeof SCHEMA_KINDS;

/**
 * Local file of the official schema a `$schema` URL names (`https://developer.microsoft.com/[locale/]json-schemas/...`),
 * or undefined when the URL is not one of Microsoft's or that version is not bundled.
 */
export function bundledSchemaFile(schemaUrl: string): string | undefined {
  let url: URL;
  try {
    url = new URL(schemaUrl);
  } catch {
    return undefined;
  }
  if (url.hostname !== 'developer.microsoft.com') return undefined;
  const match = /^\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?json-schemas\/(.+\.json)$/i.exec(url.pathname);
  if (!match || match[1]?.includes('..')) return undefined;
  const file = path.join(BUNDLED_SCHEMAS_DIR, match[1] as string);
  return fs.existsSync(file) ? file : undefined;
}

/** Newest stable version bundled for `kind` (numeric order; preview folders such as `vDevPreview` skipped), e.g. `1.30`. */
export function newestBundledVersion(kind: SchemaKind): string {
  const versions = fs
    .readdirSync(path.join(BUNDLED_SCHEMAS_DIR, SCHEMA_KINDS[kind].folder))
    .map((name) => /^v(\d+)\.(\d+)$/.exec(name))
    .filter((match): match is RegExpExecArray => match !== null)
    .sort((a, b) => Number(a[1]) - Number(b[1]) || Number(a[2]) - Number(b[2]));
  const newest = versions.at(-1);
  if (!newest) throw new Error(`no bundled ${kind} schemas under ${BUNDLED_SCHEMAS_DIR}`);
  return `${newest[1]}.${newest[2]}`;
}
