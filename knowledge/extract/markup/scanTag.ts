/** One HTML/JSX tag found by `scanTag`. */
export interface ScannedTag {
  /** Index just after the closing `>`. */
  readonly end: number;
  /** Element name as written (`Note`, `SideNav.Link`, `div`); '' for a fragment `<>` / `</>`. */
  readonly name: string;
  readonly closing: boolean;
  readonly selfClosing: boolean;
}

const NAME = /^<(\/?)([A-Za-z][\w.-]*)?(?=[\s/>])/;
/** A tag longer than this is not treated as one (keeps a stray `<` from swallowing the document). */
const MAX_TAG_CHARS = 4000;

/**
 * Reads the HTML/JSX tag starting at `text[start]` (a `<`): a name, then attributes up to the `>` that is
 * outside quotes and `{...}` expressions (which may nest and span lines). Undefined when this is not a tag:
 * no name (`<https://...>` autolinks, `a < b`), no end within 4000 characters, or an unbalanced expression.
 */
export function scanTag(text: string, start: number): ScannedTag | undefined {
  const head = NAME.exec(text.slice(start, start + 200));
  if (!head) return undefined;
  const closing = head[1] === '/';
  const name = head[2] ?? '';
  if (name === '' && text[start + head[0].length] !== '>') return undefined;
  let depth = 0;
  let quote: string | undefined;
  const limit = Math.min(text.length, start + MAX_TAG_CHARS);
  for (let i = start + head[0].length; i < limit; i++) {
    const c = text[i];
    if (quote !== undefined) {
      if (c === quote) quote = undefined;
      else if (c === '\\' && depth > 0) i++;
      continue;
    }
    if (c === '"' || c === "'" || (c === '`' && depth > 0)) quote = c;
    else if (c === '{') depth++;
    else if (c === '}') depth = Math.max(0, depth - 1);
    else if (c === '<' && depth === 0) return undefined;
    else if (c === '>' && depth === 0) return { end: i + 1, name, closing, selfClosing: text[i - 1] === '/' };
  }
  return undefined;
}

/**
 * Index just after the `}` closing the `{` at `text[start]`, counting nested braces and skipping quoted
 * strings; undefined when it does not close within `maxChars`.
 */
export function scanBraces(text: string, start: number, maxChars = 4000): number | undefined {
  let depth = 0;
  let quote: string | undefined;
  const limit = Math.min(text.length, start + maxChars);
  for (let i = start; i < limit; i++) {
    const c = text[i];
    if (quote !== undefined) {
      if (c === '\\') i++;
      else if (c === quote) quote = undefined;
      continue;
    }
    if (c === '"' || c === "'" || c === '`') quote = c;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i + 1;
  }
  return undefined;
}
