import { HTML_ELEMENTS, INLINE_ELEMENTS, NON_TEXT_ELEMENTS } from './htmlElements';
import { scanBraces, scanTag } from './scanTag';

/** Left where markup was removed inside a line. */
export const REMOVED = '\uE002';
/** Left where block markup was removed: the text on either side becomes a separate paragraph. */
export const BREAK = '\uE003';

export interface InlineMarkupOptions {
  /** MDX: every tag is JSX (components included) and JSX comments are dropped. */
  readonly jsx: boolean;
}

/** Largest template tag or comment removed; a longer one is left as text. */
const MAX_MARKUP_CHARS = 4000;
const INCLUDE = /^\[!(?:INCLUDE|include)\s*\[[^\]\n]*\]\([^)\n]*\)\s*\]/;
const DOCS_EMBED = /^\[!(?:VIDEO|video|div)\b[^\]\n]*\]/;
/** MkDocs / kramdown attribute lists after a link, image or heading: `{ align=center }`, `{: .x }`, `{#id}`. */
const ATTRIBUTE_LIST = /^\{:?[ \t]*(?:[.#][\w-]+|[\w-]+=)[^{}\n]*\}/;

/**
 * Removes inline docs-site markup from prose (code already protected, see `protectCode`), leaving `REMOVED`
 * or `BREAK` markers for `tidyRemovals`:
 * - HTML comments `<!-- -->`, Jinja/Nunjucks comments `{# #}`, Liquid `{% comment %}...{% endcomment %}`;
 * - template tags `{% ... %}` and `{{ ... }}` (nested braces and quoted strings inside are skipped);
 * - Docs `[!INCLUDE [t](path)]`, `[!VIDEO ...]`, `[!div ...]`; attribute lists such as `{ align=center }`;
 * - tags: standard HTML elements and self-closing components (`<ChildPages path="x" />`) in markdown, every
 *   element in MDX (plus JSX comments and `{expressions}`). The tags go,
 *   their text stays; `script`/`style`/`svg` go with their content; `<br>` becomes a line break.
 * Anything that does not close within 4000 characters is left as text.
 */
export function reduceInlineMarkup(text: string, options: InlineMarkupOptions): string {
  let out = '';
  let i = 0;
  let depth = 0;
  while (i < text.length) {
    const c = text[i];
    const next = c === '<' || c === '{' || c === '[' ? markupAt(text, i, options) : undefined;
    if (next === undefined) {
      // Inside an MDX element, indentation is JSX nesting, not markdown: mark the line so it is trimmed.
      out += c === '\n' && depth > 0 ? `\n${REMOVED}` : c;
      i++;
      continue;
    }
    if (options.jsx && next.replacement === BREAK) depth = Math.max(0, depth + (next.nesting ?? 0));
    // A table row must stay one line: block elements and line breaks inside a cell only lose their tags.
    const breaks = next.replacement === BREAK || next.replacement === '\n';
    const inRow = breaks && /^[ \t]*\|/.test(text.slice(text.lastIndexOf('\n', i) + 1, i));
    out += inRow ? (next.replacement === '\n' ? ' ' : REMOVED) : next.replacement;
    i = next.end;
  }
  return out;
}

/** What replaces one piece of markup; `nesting` is +1 for an opening block element, -1 for a closing one. */
interface Replacement {
  readonly end: number;
  readonly replacement: string;
  readonly nesting?: number;
}

function markupAt(text: string, i: number, options: InlineMarkupOptions): Replacement | undefined {
  const rest = (n: number): string => text.slice(i, i + n);
  if (rest(4) === '<!--') return until(text, i, '-->', REMOVED);
  if (rest(2) === '{#') return until(text, i, '#}', REMOVED) ?? attributeList(text, i);
  if (rest(2) === '{%') {
    const tag = until(text, i, '%}', REMOVED);
    if (tag && /^\{%-?\s*comment\b/.test(text.slice(i, tag.end))) {
      const close = /\{%-?\s*endcomment\s*-?%\}/.exec(text.slice(tag.end, tag.end + MAX_MARKUP_CHARS));
      if (close) return { end: tag.end + close.index + close[0].length, replacement: BREAK };
    }
    return tag;
  }
  if (rest(2) === '{{') {
    const end = scanBraces(text, i);
    return end === undefined ? undefined : { end, replacement: REMOVED };
  }
  if (options.jsx && rest(3) === '{/*') return until(text, i, '*/}', REMOVED);
  if (c(text, i) === '{') return attributeList(text, i) ?? (options.jsx ? expression(text, i) : undefined);
  if (c(text, i) === '[') {
    const embed = INCLUDE.exec(rest(600)) ?? DOCS_EMBED.exec(rest(600));
    return embed ? { end: i + embed[0].length, replacement: REMOVED } : undefined;
  }
  return tagAt(text, i, options);
}

function c(text: string, i: number): string {
  return text[i] ?? '';
}

/** From `text[i]` through the first `terminator`, when it comes within the size limit. */
function until(text: string, i: number, terminator: string, replacement: string): Replacement | undefined {
  const close = text.slice(i + 2, i + MAX_MARKUP_CHARS).indexOf(terminator);
  if (close < 0) return undefined;
  return { end: i + 2 + close + terminator.length, replacement };
}

function attributeList(text: string, i: number): Replacement | undefined {
  const previous = text[i - 1] ?? '';
  const match = ATTRIBUTE_LIST.exec(text.slice(i, i + 300));
  if (!match || !/[)\]\s]/.test(previous)) return undefined;
  return { end: i + match[0].length, replacement: REMOVED };
}

/** An MDX `{expression}` in prose (literal braces must be escaped in MDX, so braces are always code). */
function expression(text: string, i: number): Replacement | undefined {
  const end = scanBraces(text, i, MAX_MARKUP_CHARS);
  return end === undefined ? undefined : { end, replacement: REMOVED };
}

function tagAt(text: string, i: number, options: InlineMarkupOptions): Replacement | undefined {
  const tag = scanTag(text, i);
  if (!tag) return undefined;
  const lower = tag.name.toLowerCase();
  const isHtml = HTML_ELEMENTS.has(lower) || NON_TEXT_ELEMENTS.has(lower);
  if (!options.jsx && !isHtml && !(tag.selfClosing && /^[A-Z]/.test(tag.name))) return undefined;
  if (lower === 'br') return { end: tag.end, replacement: '\n' };
  if (NON_TEXT_ELEMENTS.has(lower) && !tag.closing && !tag.selfClosing) {
    const close = new RegExp(`</${lower}\\s*>`, 'i').exec(text.slice(tag.end, tag.end + 100_000));
    if (close) return { end: tag.end + close.index + close[0].length, replacement: BREAK };
  }
  const inline = INLINE_ELEMENTS.has(tag.name) || (isHtml && INLINE_ELEMENTS.has(lower));
  if (inline || tag.selfClosing) return { end: tag.end, replacement: REMOVED };
  return { end: tag.end, replacement: BREAK, nesting: tag.closing ? -1 : 1 };
}
