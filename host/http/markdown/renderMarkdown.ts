import { isTableRow } from '../../../knowledge/chunk/findTables';
import { escapeHtml } from './escapeHtml';
import { renderInline } from './renderInline';
import { renderTable } from './renderTable';

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const RULE = /^ {0,3}([-*_])([ \t]*\1){2,}[ \t]*$/;
const ITEM = /^( *)([-*+•]|\d{1,9}[.)])[ \t]+(.*)$/;
const QUOTE = /^ {0,3}>[ \t]?(.*)$/;

/** Options for `renderMarkdown`. */
export interface RenderMarkdownOptions {
  /** Added to every heading level (a `#` line becomes `h(1 + offset)`), capped at `h6`. Default 0. */
  readonly headingOffset?: number;
}

/**
 * Renders normalised markdown-like text (see `ExtractedText`) as safe HTML: `#` headings, paragraphs (line
 * breaks kept as `<br>`), bulleted and numbered lists (nested by indentation), tables (first row is the
 * header), block quotes, rules and fenced code blocks, with `renderInline` for text. Every character of the
 * input is escaped: HTML in the text is shown, never interpreted. Never throws.
 */
export function renderMarkdown(text: string, options: RenderMarkdownOptions = {}): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] as string;
    if (line.trim() === '') {
      i++;
      continue;
    }
    const fence = FENCE.exec(line);
    if (fence) {
      const marker = fence[1] as string;
      const code: string[] = [];
      for (i++; i < lines.length && !isClosingFence(lines[i] as string, marker); i++)
        code.push(lines[i] as string);
      i++;
      out.push(`<pre><code>${escapeHtml(code.join('\n'))}</code></pre>`);
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      const level = Math.min(6, (heading[1] as string).length + (options.headingOffset ?? 0));
      out.push(`<h${level}>${renderInline(heading[2] as string)}</h${level}>`);
      i++;
      continue;
    }
    if (RULE.test(line)) {
      out.push('<hr>');
      i++;
      continue;
    }
    if (isTableRow(line) && isTableRow(lines[i + 1] ?? '')) {
      const start = i;
      while (i < lines.length && isTableRow(lines[i] as string)) i++;
      out.push(renderTable(lines.slice(start, i)));
      continue;
    }
    if (ITEM.test(line)) {
      const start = i;
      while (i < lines.length && (ITEM.test(lines[i] as string) || isContinuation(lines[i] as string))) i++;
      out.push(renderList(lines.slice(start, i)));
      continue;
    }
    if (QUOTE.test(line)) {
      const quoted: string[] = [];
      for (; i < lines.length && QUOTE.test(lines[i] as string); i++)
        quoted.push(QUOTE.exec(lines[i] as string)?.[1] ?? '');
      out.push(`<blockquote>${renderMarkdown(quoted.join('\n'), options)}</blockquote>`);
      continue;
    }
    const paragraph: string[] = [];
    for (; i < lines.length && isParagraphLine(lines, i); i++) paragraph.push((lines[i] as string).trim());
    out.push(`<p>${paragraph.map((part) => renderInline(part)).join('<br>')}</p>`);
  }
  return out.join('\n');
}

function isClosingFence(line: string, marker: string): boolean {
  const trimmed = line.trim();
  return trimmed.length >= marker.length && trimmed === (marker[0] as string).repeat(trimmed.length);
}

/** An indented non-blank line that is not a new item continues the list item above it. */
function isContinuation(line: string): boolean {
  return /^ {2,}\S/.test(line) && !FENCE.test(line);
}

function isParagraphLine(lines: readonly string[], i: number): boolean {
  const line = lines[i] as string;
  if (line.trim() === '' || FENCE.test(line) || HEADING.test(line) || RULE.test(line)) return false;
  if (ITEM.test(line) || QUOTE.test(line)) return false;
  return !(isTableRow(line) && isTableRow(lines[i + 1] ?? ''));
}

interface ListItem {
  readonly indent: number;
  readonly ordered: boolean;
  readonly number: number;
  readonly lines: string[];
  readonly children: string[];
}

/** Renders list lines: items at the first item's indentation, deeper items and continuations nested. */
function renderList(lines: readonly string[]): string {
  const first = ITEM.exec(lines[0] as string);
  const indent = (first?.[1] ?? '').length;
  const items: ListItem[] = [];
  for (const line of lines) {
    const item = ITEM.exec(line);
    const current = items[items.length - 1];
    if (item && (item[1] as string).length <= indent) {
      const marker = item[2] as string;
      const ordered = /\d/.test(marker);
      items.push({
        indent,
        ordered,
        number: ordered ? parseInt(marker, 10) : 0,
        lines: [item[3] as string],
        children: [],
      });
    } else if (current && (item || current.children.length > 0)) current.children.push(line);
    else if (current) current.lines.push(line.trim());
  }
  const groups: ListItem[][] = [];
  for (const item of items) {
    const group = groups[groups.length - 1];
    if (group && group[0]?.ordered === item.ordered) group.push(item);
    else groups.push([item]);
  }
  return groups
    .map((group) => {
      const ordered = group[0]?.ordered ?? false;
      const start = ordered && (group[0]?.number ?? 1) !== 1 ? ` start="${group[0]?.number ?? 1}"` : '';
      const body = group
        .map((item) => {
          const children = item.children.length > 0 ? renderList(dedent(item.children)) : '';
          return `<li>${item.lines.map((part) => renderInline(part)).join('<br>')}${children}</li>`;
        })
        .join('');
      return ordered ? `<ol${start}>${body}</ol>` : `<ul>${body}</ul>`;
    })
    .join('');
}

/** Removes the common leading indentation; lines that are not list items become items' continuations. */
function dedent(lines: readonly string[]): string[] {
  const indent = Math.min(...lines.map((line) => line.length - line.trimStart().length));
  return lines.map((line) => line.slice(indent));
}
