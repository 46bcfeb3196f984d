import { shortTextMemo } from '../knowledge/memo/BoundedMemo';

/**
 * Makes untrusted text (document titles, passages, user questions, model output) inert inside an
 * Adaptive Card TextBlock, and returns it as one line.
 *
 * Why lookalikes, not backslash escapes: adaptivecards@3.0.6 has no markdown parser of its own (it calls
 * `AdaptiveCard.onProcessMarkdown` or a global markdown-it, else shows the raw text, backslashes included),
 * and the Teams clients are known to treat backslash escapes inconsistently (desktop vs. mobile). So ASCII
 * markdown punctuation is replaced by its Unicode fullwidth form (code point + 0xFEE0), which no renderer
 * treats as syntax and every Teams font displays:
 * - everywhere: `[` `]` → `［` `］` (kills links, images and reference links), `*` → `＊`, `_` → `＿`,
 *   `` ` `` → `｀`, `<` `>` → `＜` `＞` (autolinks, HTML, blockquotes); `\` → `∖` (U+2216) so that a
 *   trailing backslash cannot escape the card's own syntax;
 * - at the start of the text: `#`, `-`, `+` → `＃` `－` `＋`, and the `.`/`)` of a leading `12.`/`12)`
 *   → `．`/`）` (headings and list markers; after whitespace collapsing there is only one line).
 * `(`, `)` and `!` are left alone: they are syntax only right after `]` / before `[`, which never survive.
 *
 * Bare URLs stay readable but no client can link them (Teams and Copilot autolink bare URLs): the colon after
 * a link scheme (`http`, `https`, `ftp`, `file`, `mailto`, `tel`, `javascript`, `data`, `vbscript`) becomes
 * RATIO `∶` (U+2236) and the dots of the host after `//`, and of a `www.` prefix, become ONE DOT LEADER `․`
 * (U+2024): `https://evil.example/x` → `https∶//evil․example/x`, `www.evil.example` → `www․evil․example`. Links on cards come only from citation
 * actions, whose targets the index supplies (the bot's signed viewer links, the documents' SharePoint URLs).
 *
 * Template and formatter expressions: adaptivecards-templating does NOT evaluate `${…}` found inside data
 * values (verified in test/adaptive-cards), but the output must stay inert if a host templates it again,
 * so a WORD JOINER (U+2060, invisible) is inserted in `${` and in `{{` (the TextBlock `{{DATE(…)}}`/
 * `{{TIME(…)}}` functions), and after `&` when it starts an HTML entity such as `&#91;`.
 *
 * Markdown strong-emphasis markers (`**`, `__`) are formatting, not content: they are removed, so a source's
 * `**6.0 m/s²**` reads as `6.0 m/s²` rather than with lookalike asterisks. So are the backticks of a code span
 * (Adaptive Card markdown shows none): `` `3:1` `` reads `3:1`; a backtick without its pair becomes `｀`.
 * Also removes C0/C1 control characters and bidi embedding/override/isolate characters, replaces lone
 * surrogates with U+FFFD, and collapses every whitespace run (newlines included) to one space, trimmed.
 * Never throws; `safeText(safeText(x)) === safeText(x)`. Texts up to 1000 characters are made safe once and
 * remembered (a bounded memo: a card's titles, headings and snippets come back turn after turn).
 */
export function safeText(text: string): string {
  return typeof text === 'string' ? memoisedSafeText(text) : unmemoisedSafeText(text);
}

/** Texts up to 1000 characters are made safe once (2048 kept, least recently used dropped). */
const memoisedSafeText = shortTextMemo(unmemoisedSafeText, 1000, 2048);

function unmemoisedSafeText(text: string): string {
  return neutraliseMarkdown(neutraliseExpressions(defangUrls(cleanText(text))));
}

/**
 * `safeText` for text that never starts a line: placed after other text in the same TextBlock (e.g. a source's
 * section heading after "[n] Title — "). Identical except that the line-start rules (`#`, `-`, `+`, `12.`,
 * `12)`) are skipped: there they are no syntax, and `5．` would show a fullwidth dot in every numbered heading.
 * Never use it for text that begins a TextBlock.
 */
export function safeInlineText(text: string): string {
  return neutraliseInline(neutraliseExpressions(defangUrls(cleanText(text))));
}

export const WORD_JOINER = '\u2060';

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ANYWHERE = /[[\]*_`<>]/g;
/** A one-backtick code span on one line: Adaptive Card markdown has none, so its backticks are dropped. */
const CODE_SPAN = /`([^`\n]{1,200})`/g;

function cleanText(text: string): string {
  return String(text ?? '')
    .replace(CONTROL, '')
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(/\*\*|__/g, '')
    .replace(CODE_SPAN, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

const LINK_SCHEME =
  /\b(https?|ftp|file|mailto|tel|javascript|data|vbscript):(\/\/[^\s/?#\\()[\]<>"']*)?(?=\S)/gi;

/** The URL step of `safeText` alone (for other formats, e.g. exported Markdown): link schemes and hosts unlinkable. */
export function defangUrls(text: string): string {
  return text
    .replace(
      LINK_SCHEME,
      (_m, scheme: string, authority: string | undefined) =>
        `${scheme}\u2236${(authority ?? '').replace(/\./g, '\u2024')}`,
    )
    .replace(/\b(www\.[^\s/?#\\]+)/gi, (host: string) => host.replace(/\./g, '\u2024'));
}

function neutraliseExpressions(text: string): string {
  return text
    .replace(/\$(?=\{)/g, `$${WORD_JOINER}`)
    .replace(/\{(?=\{)/g, `{${WORD_JOINER}`)
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, `&${WORD_JOINER}`);
}

function neutraliseInline(text: string): string {
  return text.replace(ANYWHERE, fullwidth).replace(/\\/g, '\u2216');
}

function neutraliseMarkdown(text: string): string {
  return neutraliseInline(text)
    .replace(/^[#+-]/, fullwidth)
    .replace(/^(\d+)([.)])/, (_m, digits: string, mark: string) => digits + fullwidth(mark));
}

function fullwidth(ch: string): string {
  return String.fromCharCode(ch.charCodeAt(0) + 0xfee0);
}
