import { safeHttpUrl } from '../../../adaptive-cards/safeHttpUrl';
import { escapeHtml } from './escapeHtml';

const CODE_SPAN = /^(`+)(?!`)([\s\S]*?[^`])\1(?!`)/;
const LINK =
  /^!?\[((?:[^[\]\\]|\\.|\[[^[\]]*\])*)\]\(\s*<?([^\s()<>]*(?:\([^\s()]*\)[^\s()<>]*)*)>?(?:\s+"[^"]*")?\s*\)/;
const AUTOLINK = /^<(https?:\/\/[^\s<>]+)>/;
const ESCAPABLE = /^\\([!-/:-@[-`{-~])/;
/** Emphasis nesting deeper than this is shown as text. */
const MAX_DEPTH = 4;

/**
 * Renders one line (or paragraph) of markdown inline syntax as safe HTML: code spans, `**strong**` /
 * `__strong__`, `*em*` / `_em_` (not inside words for `_`), links and autolinks, backslash escapes. Every
 * character of text is escaped; raw HTML is shown as text. A link becomes an anchor only when its target is
 * an absolute http(s) URL (`rel="noopener noreferrer nofollow"`); otherwise only its text is shown. Images
 * show their alt text. Never throws.
 */
export function renderInline(text: string, depth = 0): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    const c = text[i] as string;
    const code = c === '`' ? CODE_SPAN.exec(rest) : null;
    if (code) {
      out += `<code>${escapeHtml((code[2] as string).replace(/^ (.*) $/s, '$1'))}</code>`;
      i += code[0].length;
      continue;
    }
    const escaped = c === '\\' ? ESCAPABLE.exec(rest) : null;
    if (escaped) {
      out += escapeHtml(escaped[1] as string);
      i += 2;
      continue;
    }
    const link = c === '[' || (c === '!' && text[i + 1] === '[') ? LINK.exec(rest) : null;
    if (link) {
      out += renderLink(link[1] as string, link[2] as string, c === '!', depth);
      i += link[0].length;
      continue;
    }
    const auto = c === '<' ? AUTOLINK.exec(rest) : null;
    if (auto) {
      out += renderLink(escapeLabel(auto[1] as string), auto[1] as string, false, MAX_DEPTH);
      i += auto[0].length;
      continue;
    }
    const emphasis = c === '*' || c === '_' ? emphasisAt(text, i, depth) : undefined;
    if (emphasis) {
      out += emphasis.html;
      i = emphasis.end;
      continue;
    }
    out += escapeHtml(c);
    i++;
  }
  return out;
}

function renderLink(label: string, target: string, image: boolean, depth: number): string {
  const text = renderInline(label, Math.min(depth + 1, MAX_DEPTH));
  if (image) return text;
  const href = safeHttpUrl(target);
  return href ? `<a href="${escapeHtml(href)}" rel="noopener noreferrer nofollow">${text}</a>` : text;
}

/** An autolink's URL as link text, with markdown punctuation escaped so it shows as written. */
function escapeLabel(url: string): string {
  return url.replace(/[\\`*_[\]<>]/g, '\\$&');
}

function emphasisAt(text: string, i: number, depth: number): { html: string; end: number } | undefined {
  if (depth >= MAX_DEPTH) return undefined;
  const c = text[i] as string;
  const strong = text[i + 1] === c;
  const delimiter = strong ? c + c : c;
  const start = i + delimiter.length;
  if (c === '_' && /[\p{L}\p{N}]/u.test(text[i - 1] ?? '')) return undefined;
  if (!/\S/.test(text[start] ?? '') || text[start] === c) return undefined;
  for (let close = start + 1; close < text.length; close++) {
    if (text[close] !== c) continue;
    let run = 1;
    while (text[close + run] === c) run++;
    const closes =
      run === delimiter.length &&
      !/\s/.test(text[close - 1] ?? '') &&
      !(c === '_' && /[\p{L}\p{N}]/u.test(text[close + run] ?? ''));
    if (closes) {
      const inner = renderInline(text.slice(start, close), depth + 1);
      const tag = strong ? 'strong' : 'em';
      return { html: `<${tag}>${inner}</${tag}>`, end: close + run };
    }
    close += run - 1;
  }
  return undefined;
}
