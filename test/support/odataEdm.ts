import { ODataError } from './odataFilter';

/**
 * The schema half of the fake Azure AI Search: an index is an OData EDM entity type. Validates index
 * definitions as the service does (types, attribute defaults and combinations, one Edm.String key, scoring
 * and semantic references, in-place update rules) and document values against their EDM types
 * (DateTimeOffset normalised to UTC as the service returns it). Violations throw ODataError (HTTP 400).
 */
export interface Field {
  name: string;
  type: string;
  key?: boolean;
  retrievable?: boolean;
  stored?: boolean;
  searchable?: boolean;
  filterable?: boolean;
  sortable?: boolean;
  facetable?: boolean;
  analyzer?: string | null;
  dimensions?: number | null;
  vectorSearchProfile?: string | null;
}

export interface IndexDefinition {
  name: string;
  fields: Field[];
  scoringProfiles?: { name: string; text?: { weights: Record<string, number> } }[];
  defaultScoringProfile?: string | null;
  semantic?: {
    defaultConfiguration?: string;
    configurations?: { name: string; prioritizedFields?: { titleField?: { fieldName: string } } }[];
  } | null;
  vectorSearch?: {
    algorithms?: { name: string; kind: string; hnswParameters?: { metric?: string } | null }[];
    profiles?: { name: string; algorithm: string }[];
  } | null;
  '@odata.etag'?: string;
}

const SCALARS = ['Edm.String', 'Edm.Int32', 'Edm.Int64', 'Edm.Double', 'Edm.Boolean', 'Edm.DateTimeOffset'];
const VECTOR = 'Collection(Edm.Single)';
const TYPES = new Set([...SCALARS, ...SCALARS.map((t) => `Collection(${t})`), VECTOR]);
const FIELD_NAME = /^[A-Za-z][A-Za-z0-9_]{0,127}$/;
const ANALYZER =
  /^([a-z]{2}(-[A-Za-z]{2,8})?\.(lucene|microsoft)|standard\.lucene|standardasciifolding\.lucene|keyword|simple|whitespace|stop)$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})$/;

const isText = (type: string): boolean => type === 'Edm.String' || type === 'Collection(Edm.String)';

/** A copy of `body` with the service's attribute defaults filled in; throws ODataError when invalid. */
export function validateIndex(body: unknown, name: string, existing?: IndexDefinition): IndexDefinition {
  const index = structuredClone(body) as IndexDefinition;
  if (typeof index !== 'object' || index === null || index.name !== name) {
    throw new ODataError(`The index name in the request body must be '${name}'.`);
  }
  if (!Array.isArray(index.fields) || index.fields.length === 0)
    throw new ODataError('An index needs fields.');
  const names = new Set<string>();
  for (const field of index.fields) {
    if (!FIELD_NAME.test(field.name) || names.has(field.name))
      throw new ODataError(`Invalid field name '${field.name}'.`);
    names.add(field.name);
    if (!TYPES.has(field.type))
      throw new ODataError(`Field '${field.name}' has an unsupported type '${field.type}'.`);
    const vector = field.type === VECTOR;
    const collection = field.type.startsWith('Collection(');
    field.key ??= false;
    field.retrievable ??= true;
    field.searchable ??= isText(field.type) || vector;
    field.filterable ??= !vector;
    field.sortable ??= !collection;
    field.facetable ??= !vector;
    if (field.searchable && !isText(field.type) && !vector)
      throw new ODataError(`Field '${field.name}' can't be searchable.`);
    if (field.sortable && collection)
      throw new ODataError(`Collection field '${field.name}' can't be sortable.`);
    if (field.analyzer && (!ANALYZER.test(field.analyzer) || !field.searchable || !isText(field.type))) {
      throw new ODataError(`Field '${field.name}' can't use analyzer '${field.analyzer}'.`);
    }
    if (vector) {
      const dims = field.dimensions ?? 0;
      const profile = index.vectorSearch?.profiles?.some((p) => p.name === field.vectorSearchProfile);
      if (
        !Number.isInteger(dims) ||
        dims < 1 ||
        dims > 4096 ||
        !profile ||
        field.filterable ||
        field.sortable ||
        field.facetable
      ) {
        throw new ODataError(
          `Vector field '${field.name}' needs dimensions, an existing profile and no filter/sort/facet.`,
        );
      }
    }
  }
  const algorithms = index.vectorSearch?.algorithms ?? [];
  for (const algorithm of algorithms) {
    if (algorithm.kind !== 'hnsw' && algorithm.kind !== 'exhaustiveKnn')
      throw new ODataError(`Vector algorithm '${algorithm.name}' has an unknown kind '${algorithm.kind}'.`);
  }
  for (const profile of index.vectorSearch?.profiles ?? []) {
    if (!algorithms.some((algorithm) => algorithm.name === profile.algorithm))
      throw new ODataError(
        `Vector profile '${profile.name}' names a missing algorithm '${profile.algorithm}'.`,
      );
  }
  const keys = index.fields.filter((field) => field.key);
  if (keys.length !== 1 || keys[0]!.type !== 'Edm.String')
    throw new ODataError('An index needs exactly one Edm.String key field.');
  const searchable = new Set(index.fields.filter((f) => f.searchable && isText(f.type)).map((f) => f.name));
  for (const profile of index.scoringProfiles ?? []) {
    for (const field of Object.keys(profile.text?.weights ?? {})) {
      if (!searchable.has(field))
        throw new ODataError(`Scoring profile '${profile.name}' weights unknown field '${field}'.`);
    }
  }
  if (
    index.defaultScoringProfile &&
    !index.scoringProfiles?.some((p) => p.name === index.defaultScoringProfile)
  ) {
    throw new ODataError(`Default scoring profile '${index.defaultScoringProfile}' does not exist.`);
  }
  for (const config of index.semantic?.configurations ?? []) {
    const title = config.prioritizedFields?.titleField?.fieldName;
    if (title !== undefined && !searchable.has(title))
      throw new ODataError(`Semantic title field '${title}' is invalid.`);
  }
  for (const old of existing?.fields ?? []) {
    const now = index.fields.find((field) => field.name === old.name);
    const same = (k: keyof Field): boolean => (now?.[k] ?? null) === (old[k] ?? null);
    if (!now || !(['type', 'key', 'searchable', 'analyzer', 'dimensions'] as const).every(same)) {
      throw new ODataError(`Existing field '${old.name}' cannot be deleted or changed.`);
    }
  }
  return index;
}

/** Document properties checked against the index and normalised; throws ODataError for unknown names or bad values. */
export function checkValues(
  index: IndexDefinition,
  fields: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(fields)) {
    const field = index.fields.find((f) => f.name === name);
    if (!field) {
      throw new ODataError(`The property '${name}' does not exist on type 'search.documentFields'.`);
    }
    out[name] = value === null ? null : checkValue(field, value);
  }
  return out;
}

function checkValue(field: Field, value: unknown): unknown {
  const bad = (): never => {
    throw new ODataError(`Cannot convert the value of '${field.name}' to the expected type '${field.type}'.`);
  };
  if (field.type === VECTOR) {
    if (
      !Array.isArray(value) ||
      value.length !== field.dimensions ||
      value.some((n) => typeof n !== 'number')
    )
      bad();
    return value;
  }
  if (field.type.startsWith('Collection(')) {
    if (!Array.isArray(value)) bad();
    const item = { ...field, type: field.type.slice('Collection('.length, -1) };
    return (value as unknown[]).map((v) => checkValue(item, v));
  }
  switch (field.type) {
    case 'Edm.String':
      return typeof value === 'string' ? value : bad();
    case 'Edm.Int32':
      return Number.isInteger(value) && Math.abs(value as number) <= 2 ** 31 ? value : bad();
    case 'Edm.Int64':
      return Number.isInteger(value) ? value : bad();
    case 'Edm.Double':
      return typeof value === 'number' ? value : bad();
    case 'Edm.Boolean':
      return typeof value === 'boolean' ? value : bad();
    default: {
      const time = typeof value === 'string' && DATE_TIME.test(value) ? Date.parse(value) : NaN;
      return Number.isNaN(time) ? bad() : new Date(time).toISOString().replace('.000Z', 'Z');
    }
  }
}
