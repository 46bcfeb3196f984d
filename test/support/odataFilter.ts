/**
 * A strict parser and evaluator for the subset of Azure AI Search's OData `$filter` syntax that the knowledge
 * index emits: `eq ne gt ge lt le` between a field and a literal ('…' strings with '' escaping, numbers,
 * true/false/null), `and`, `or`, `not`, parentheses, `search.in(field, 'a,b', ',')`, and
 * `collection/any(x: <expression over x>)` / `collection/all(...)`. Anything else throws ODataError (the fake
 * turns it into HTTP 400), so a malformed or unsupported filter is caught, never ignored.
 */
export class ODataError extends Error {}

export interface FilterField {
  readonly type: string;
  readonly filterable: boolean;
}

export type Document = Record<string, unknown>;
type Scope = Record<string, unknown>;
type Predicate = (doc: Document, scope: Scope) => boolean;

type Token = { kind: 'name' | 'string' | 'number' | 'punct'; text: string; value?: unknown };

const TOKEN =
  /\s*(?:(?<string>'(?:[^']|'')*')|(?<number>-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|(?<name>[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)|(?<punct>[(),:/]))/y;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    if (/^\s*$/.test(text.slice(TOKEN.lastIndex))) break;
    const start = TOKEN.lastIndex;
    const match = TOKEN.exec(text);
    if (!match?.groups) throw new ODataError(`Invalid expression: unexpected character at position ${start}`);
    const { string, number, name, punct } = match.groups;
    if (string !== undefined)
      tokens.push({ kind: 'string', text: string, value: string.slice(1, -1).replace(/''/g, "'") });
    else if (number !== undefined) tokens.push({ kind: 'number', text: number, value: Number(number) });
    else if (name !== undefined) tokens.push({ kind: 'name', text: name });
    else tokens.push({ kind: 'punct', text: punct! });
  }
  return tokens;
}

const COMPARISONS = new Set(['eq', 'ne', 'gt', 'ge', 'lt', 'le']);
const KEYWORDS = new Set(['and', 'or', 'not', ...COMPARISONS]);

/** Parses `filter` against the index fields; throws ODataError for anything outside the subset. */
export function parseFilter(
  filter: string,
  fields: ReadonlyMap<string, FilterField>,
): (doc: Document) => boolean {
  const tokens = tokenize(filter);
  let at = 0;
  const peek = (): Token | undefined => tokens[at];
  const fail = (what: string): never => {
    throw new ODataError(`Invalid expression: ${what} at token ${at + 1} ('${peek()?.text ?? 'end'}')`);
  };
  const expect = (text: string): void => {
    if (peek()?.text !== text) fail(`expected '${text}'`);
    at += 1;
  };
  const isWord = (word: string): boolean => peek()?.kind === 'name' && peek()?.text === word;

  const literal = (): unknown => {
    const token = peek();
    if (token?.kind === 'string' || token?.kind === 'number') {
      at += 1;
      return token.value;
    }
    if (token?.kind === 'name' && ['true', 'false', 'null'].includes(token.text)) {
      at += 1;
      return token.text === 'null' ? null : token.text === 'true';
    }
    return fail('expected a literal');
  };

  /** A field reference (or the lambda's range variable); returns how to read it and its element type. */
  const operand = (vars: Set<string>): { read: (doc: Document, scope: Scope) => unknown; type: string } => {
    const token = peek();
    if (token?.kind !== 'name' || KEYWORDS.has(token.text)) return fail('expected a field name');
    at += 1;
    if (vars.has(token.text)) return { read: (_doc, scope) => scope[token.text], type: 'var' };
    const field = fields.get(token.text);
    if (!field) return fail(`unknown field '${token.text}'`);
    if (!field.filterable) return fail(`field '${token.text}' is not filterable`);
    return { read: (doc) => doc[token.text], type: field.type };
  };

  const compare = (op: string, left: unknown, right: unknown): boolean => {
    if (op === 'eq') return left === right || (left === undefined && right === null);
    if (op === 'ne') return !compare('eq', left, right);
    if (left === null || left === undefined || right === null) return false;
    const l = left as string | number;
    const r = right as string | number;
    if (op === 'gt') return l > r;
    if (op === 'ge') return l >= r;
    if (op === 'lt') return l < r;
    return l <= r;
  };

  const searchIn = (vars: Set<string>): Predicate => {
    expect('(');
    const target = operand(vars);
    if (target.type.startsWith('Collection(')) fail('search.in needs a single-valued field');
    expect(',');
    const list = literal();
    if (typeof list !== 'string') fail('search.in needs a string list');
    let delimiters = ' ,';
    if (peek()?.text === ',') {
      at += 1;
      const given = literal();
      if (typeof given !== 'string' || given === '') fail('search.in needs a string of delimiters');
      delimiters = given as string;
    }
    expect(')');
    const values = new Set(
      (list as string).split(new RegExp(`[${escapeClass(delimiters)}]`)).filter(Boolean),
    );
    return (doc, scope) => values.has(target.read(doc, scope) as string);
  };

  const lambda = (path: string, vars: Set<string>): Predicate => {
    const field = fields.get(path);
    if (!field?.type.startsWith('Collection(')) return fail(`'${path}' is not a collection field`);
    if (!field.filterable) return fail(`field '${path}' is not filterable`);
    const quantifier = peek()?.text;
    if (quantifier !== 'any' && quantifier !== 'all') return fail('expected any or all');
    at += 1;
    expect('(');
    const name = peek();
    if (name?.kind !== 'name' || KEYWORDS.has(name.text)) return fail('expected a range variable');
    at += 1;
    expect(':');
    const body = orExpr(new Set([...vars, name.text]));
    expect(')');
    return (doc, scope) => {
      const items = Array.isArray(doc[path]) ? (doc[path] as unknown[]) : [];
      const test = (item: unknown): boolean => body(doc, { ...scope, [name.text]: item });
      return quantifier === 'any' ? items.some(test) : items.every(test);
    };
  };

  const primary = (vars: Set<string>): Predicate => {
    if (peek()?.text === '(') {
      at += 1;
      const inner = orExpr(vars);
      expect(')');
      return inner;
    }
    if (isWord('search.in')) {
      at += 1;
      return searchIn(vars);
    }
    if (tokens[at + 1]?.text === '/') {
      const path = peek()!.text;
      at += 2;
      return lambda(path, vars);
    }
    const left = operand(vars);
    if (left.type.startsWith('Collection(')) fail('a collection field can only be filtered with any/all');
    const op = peek()?.text ?? '';
    if (!COMPARISONS.has(op)) fail('expected a comparison operator');
    at += 1;
    const right = literal();
    return (doc, scope) => compare(op, left.read(doc, scope), right);
  };

  const notExpr = (vars: Set<string>): Predicate => {
    if (isWord('not')) {
      at += 1;
      const inner = notExpr(vars);
      return (doc, scope) => !inner(doc, scope);
    }
    return primary(vars);
  };
  const andExpr = (vars: Set<string>): Predicate => {
    let left = notExpr(vars);
    while (isWord('and')) {
      at += 1;
      const [l, r] = [left, notExpr(vars)];
      left = (doc, scope) => l(doc, scope) && r(doc, scope);
    }
    return left;
  };
  function orExpr(vars: Set<string>): Predicate {
    let left = andExpr(vars);
    while (isWord('or')) {
      at += 1;
      const [l, r] = [left, andExpr(vars)];
      left = (doc, scope) => l(doc, scope) || r(doc, scope);
    }
    return left;
  }

  if (tokens.length === 0) fail('empty filter');
  const predicate = orExpr(new Set());
  if (at < tokens.length) fail('unexpected trailing input');
  return (doc) => predicate(doc, {});
}

function escapeClass(chars: string): string {
  return chars.replace(/[\\\]^-]/g, '\\$&');
}
