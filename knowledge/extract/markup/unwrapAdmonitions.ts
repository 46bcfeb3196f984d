/** A fence opener at any indentation (fences also occur inside indented admonition bodies). */
const FENCE = /^\s*(`{3,}|~{3,})/;
/** MkDocs admonitions (`!!! note "Title"`, collapsible `??? tip`, `???+`) and content tabs (`=== "Tab"`). */
const INDENTED_BLOCK =
  /^( *)(?:(?:!!!|\?\?\?\+?)[ \t]*([\w-]+)?(?:[ \t]+"([^"]*)")?|===[ \t]+"([^"]*)")[ \t]*$/;
/** Docusaurus / VitePress / Docs container fences: `:::note`, `:::tip[Title]`, `::: zone pivot="x"`, `:::`. */
const CONTAINER = /^[ \t]*:{3,}[ \t]*([\w-]+)?[ \t]*(?:\[([^\]]*)\]|(.*?))[ \t]*$/;
/** GitHub / Microsoft Docs callout marker line: `> [!NOTE]`, `> [!TIP] Title`. */
const CALLOUT = /^([ \t]*)>[ \t]*\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION|DANGER|INFO)\][ \t]*(.*)$/i;
const QUOTED = /^([ \t]*)>[ \t]?(.*)$/;

/**
 * Reduces docs-site block markup to plain markdown, outside code fences:
 * - `!!! type "Title"` / `??? type` / `=== "Tab"` blocks: the marker line becomes the title (dropped when
 *   there is none) and the body, indented 4 spaces deeper, is de-indented by 4 (nested blocks too);
 * - `:::type[Title]` / `:::type Title` ... `:::` containers: marker lines dropped (a title is kept), text kept;
 * - `> [!NOTE]` callouts: the marker dropped, the quoted text kept as plain lines.
 * Lines inside ``` / ~~~ fences are never changed (except by the de-indent of an enclosing block).
 */
export function unwrapAdmonitions(text: string): string {
  return unwrapLines(text.split('\n')).join('\n');
}

function unwrapLines(lines: readonly string[]): string[] {
  const out: string[] = [];
  let fence: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const marker = FENCE.exec(line)?.[1];
    if (fence !== undefined) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker)
        fence = undefined;
      out.push(line);
      continue;
    }
    if (marker) {
      fence = marker;
      out.push(line);
      continue;
    }
    const block = INDENTED_BLOCK.exec(line);
    if (block) {
      const indent = (block[1] as string).length;
      const end = bodyEnd(lines, i + 1, indent + 4);
      const title = block[3] ?? block[4];
      if (title) out.push(' '.repeat(indent) + title, '');
      out.push(...unwrapLines(lines.slice(i + 1, end).map((body) => dedent(body, indent))));
      i = end - 1;
      continue;
    }
    const container = CONTAINER.exec(line);
    if (container) {
      const title = container[2] ?? (container[3] && !container[3].includes('=') ? container[3] : '');
      out.push(title ? title.trim() : '');
      continue;
    }
    const callout = CALLOUT.exec(line);
    if (callout) {
      if (callout[3]) out.push(callout[1] + callout[3]);
      for (; i + 1 < lines.length && QUOTED.test(lines[i + 1] as string); i++) {
        const quoted = QUOTED.exec(lines[i + 1] as string);
        out.push((quoted?.[1] ?? '') + (quoted?.[2] ?? ''));
      }
      continue;
    }
    out.push(line);
  }
  return out;
}

/** Index after the last body line: blank lines and lines indented at least `minIndent` (tabs count 4). */
function bodyEnd(lines: readonly string[], start: number, minIndent: number): number {
  let end = start;
  for (let j = start; j < lines.length; j++) {
    const line = (lines[j] as string).replace(/\t/g, '    ');
    if (line.trim() === '') continue;
    if (line.length - line.trimStart().length < minIndent) break;
    end = j + 1;
  }
  return end;
}

/** Removes 4 columns of indentation after the block's own `indent` (tabs count 4). */
function dedent(line: string, indent: number): string {
  const expanded = line.replace(/^[ \t]+/, (lead) => lead.replace(/\t/g, '    '));
  const lead = expanded.length - expanded.trimStart().length;
  return ' '.repeat(indent) + expanded.slice(Math.min(lead, indent + 4));
}
