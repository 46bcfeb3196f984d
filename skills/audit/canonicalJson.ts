/**
 * Deterministic JSON for hashing: object keys sorted (by UTF-16 code unit, at every depth), no whitespace.
 * Otherwise it follows `JSON.stringify`: `toJSON` is honoured (a Date becomes its ISO string), object
 * properties whose value is `undefined`, a function or a symbol are dropped, such array items become `null`,
 * and non-finite numbers become `null`. So `canonicalJson(JSON.parse(canonicalJson(x))) === canonicalJson(x)`.
 * Throws TypeError on a circular structure, a BigInt, or a top-level value with no JSON form (`undefined`).
 */
export function canonicalJson(value: unknown): string {
  const text = write(value, []);
  if (text === undefined) throw new TypeError('canonicalJson: the value has no JSON form');
  return text;
}

function write(input: unknown, stack: object[]): string | undefined {
  const value = unwrap(input);
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? JSON.stringify(value) : 'null';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'bigint':
      throw new TypeError('canonicalJson: BigInt has no JSON form');
    case 'undefined':
    case 'function':
    case 'symbol':
      return undefined;
  }
  if (value === null) return 'null';
  const object = value as object;
  // The objects being written, outermost first (a record is a few levels deep: a list beats a set here).
  if (stack.includes(object)) throw new TypeError('canonicalJson: circular structure');
  stack.push(object);
  try {
    if (Array.isArray(object)) {
      let out = '[';
      for (let i = 0; i < object.length; i += 1)
        out += `${i > 0 ? ',' : ''}${write(object[i] as unknown, stack) ?? 'null'}`;
      return `${out}]`;
    }
    const record = object as Record<string, unknown>;
    let out = '';
    for (const key of Object.keys(record).sort()) {
      const text = write(record[key], stack);
      if (text !== undefined) out += `${out.length > 0 ? ',' : ''}${JSON.stringify(key)}:${text}`;
    }
    return `{${out}}`;
  } finally {
    stack.pop();
  }
}

function unwrap(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const toJSON = (value as { toJSON?: unknown }).toJSON;
  if (typeof toJSON === 'function') return (toJSON as () => unknown).call(value);
  if (value instanceof String || value instanceof Number || value instanceof Boolean) return value.valueOf();
  return value;
}
