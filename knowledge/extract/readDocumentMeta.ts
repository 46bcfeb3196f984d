import { parseAccessList } from '../access/AccessList';
import type { DocumentMeta } from '../index/DocumentMeta';
import { detectLanguage } from '../language/detectLanguage';
import { parseYamlObject } from './parseYamlObject';

/** A document's sidecar metadata file is its path plus this suffix, e.g. `manual.pdf.meta.yaml`. */
export const SIDECAR_SUFFIX = '.meta.yaml';

export const DEFAULT_BRAND = 'group';
export const DEFAULT_LANGUAGE = 'en';
const LANGUAGE = /^[a-z]{2}(-[A-Z]{2})?$/;
const HEADING = /^#{1,6}[ \t]+(.+?)[ \t#]*$/m;

/**
 * Parses a sidecar file's YAML. An empty file yields `{}`; malformed YAML or anything but a mapping
 * throws an ExtractionError naming `fileName`.
 */
export function parseSidecar(yamlText: string, fileName: string): Record<string, unknown> {
  return parseYamlObject(yamlText, fileName, 'sidecar metadata');
}

export interface DocumentMetaInput {
  /** Path relative to the source root, `/`-separated; used for the fallback title and in warnings. */
  readonly relativePath: string;
  readonly frontMatter: Record<string, unknown>;
  /** Sidecar keys override front-matter keys (a sidecar `access` replaces the front-matter list). */
  readonly sidecar?: Record<string, unknown>;
  readonly extractedTitle?: string;
  /** Extracted text; its first `#` heading is a title fallback. */
  readonly text: string;
  /** ISO 8601 time the source last changed; copied as is. */
  readonly modified: string;
}

/**
 * Resolves a document's metadata from sidecar, front matter and content. Never throws; every problem is a
 * warning naming the path.
 * - `title`: `title` key, else `extractedTitle`, else the first `#` heading, else the file name without extension.
 * - `brand`: `brand` key lower-cased, default `group`.
 * - `language`: `language` (or `lang`) key matching `xx` or `xx-YY`; else the language detected in the text
 *   (`detectLanguage`), else `en` (with a warning when a bad value was given).
 * - `sensitivityLabel`: `sensitivityLabel` key as text, trimmed (one key only, so a front-matter label always
 *   overrides a folder default); absent when not given.
 * - `access`: `access` key through `parseAccessList`. Fails closed: a missing or empty list means nobody can
 *   read the document (warning), and each rejected entry is dropped with a warning, never widened.
 */
export function readDocumentMeta(input: DocumentMetaInput): {
  meta: Omit<DocumentMeta, 'docId' | 'url'>;
  warnings: string[];
} {
  const path = input.relativePath;
  const merged: Record<string, unknown> = { ...input.frontMatter, ...(input.sidecar ?? {}) };
  const warnings: string[] = [];
  const text = (key: string): string | undefined => {
    const value = merged[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'string' || typeof value === 'number') return String(value).trim() || undefined;
    warnings.push(`ignored non-text ${key} in ${path}`);
    return undefined;
  };

  const title =
    text('title') || input.extractedTitle?.trim() || HEADING.exec(input.text)?.[1].trim() || fileTitle(path);

  const brand = text('brand')?.toLowerCase() ?? DEFAULT_BRAND;

  const detected = (): string => detectLanguage(`${title}\n${input.text}`) ?? DEFAULT_LANGUAGE;
  let language = text('language') ?? text('lang') ?? detected();
  if (!LANGUAGE.test(language)) {
    const fallback = detected();
    warnings.push(`invalid language "${language}" in ${path}: using ${fallback}`);
    language = fallback;
  }

  const sensitivityLabel = text('sensitivityLabel');

  const { access, rejected } = parseAccessList(merged.access);
  for (const entry of rejected) warnings.push(`rejected access entry "${entry}" in ${path}`);
  if (access.length === 0) warnings.push(noAccessWarning(path));

  return {
    meta: {
      title,
      access,
      brand,
      language,
      modified: input.modified,
      ...(sensitivityLabel === undefined ? {} : { sensitivityLabel }),
    },
    warnings,
  };
}

/** The warning `readDocumentMeta` gives for a document without a usable access list. */
export function noAccessWarning(relativePath: string): string {
  return `no access list: nobody can read ${relativePath}`;
}

/** File name without directories and without its last extension (`docs/Brake guide.pdf` -> `Brake guide`). */
function fileTitle(relativePath: string): string {
  const base = relativePath.split(/[\\/]/).pop() ?? relativePath;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}
