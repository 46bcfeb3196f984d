import { parse } from 'yaml';
import { ExtractionError } from './ExtractionError';

/**
 * Parses YAML that must be a mapping (front matter, sidecar files). An empty document yields `{}`.
 * Uses the YAML 1.2 core schema (no custom tags, no code execution) and rejects duplicate keys;
 * malformed YAML or a non-mapping (list, scalar) throws an ExtractionError naming `fileName`.
 */
export function parseYamlObject(yamlText: string, fileName: string, what: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = parse(yamlText, { schema: 'core', uniqueKeys: true, maxAliasCount: 50 });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new ExtractionError(fileName, `malformed ${what}: ${reason}`, { cause: error });
  }
  if (value === null || value === undefined) return {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new ExtractionError(fileName, `${what} must be a YAML mapping of keys to values`);
  }
  return value as Record<string, unknown>;
}
