/** Placeholder delimiters (Unicode private use); input occurrences are removed first. */
const OPEN = '\uE000';
const CLOSE = '\uE001';
const PLACEHOLDER = /\uE000(\d+)\uE001/g;
const FENCE = /^\s*(`{3,}|~{3,})/;
/** Nunjucks/Jinja/Liquid `{% raw %}` / `{% endraw %}` markers: the template engine drops them, even in code. */
const RAW_MARKER = /\{%-?\s*(?:end)?raw\s*-?%\}/g;
const RAW_LINE = /^\s*\{%-?\s*(?:end)?raw\s*-?%\}\s*$/;
const RAW_REGION = /\{%-?\s*raw\s*-?%\}([\s\S]*?)\{%-?\s*endraw\s*-?%\}/g;
/** A one-line code span: a backtick run, content, and a backtick run of the same length. */
const CODE_SPAN = /(?<!`)(`+)(?!`)(.+?)(?<!`)\1(?!`)/g;

/** Text with its literal parts replaced by placeholders, and the way back. */
export interface ProtectedText {
  readonly text: string;
  /** Puts every protected part back, in place of its placeholder. */
  restore(text: string): string;
}

/**
 * Replaces the parts markup reduction must not touch with placeholders: fenced code blocks (``` / ~~~ at
 * any indentation, unclosed ones run to the end), `{% raw %}...{% endraw %}` regions, and one-line code
 * spans. Content is kept verbatim except that raw markers are dropped (the site's template engine drops
 * them too). Markup transforms run on `text`; `restore` puts the literal parts back.
 */
export function protectCode(input: string): ProtectedText {
  const parts: string[] = [];
  const hold = (literal: string): string => `${OPEN}${parts.push(literal) - 1}${CLOSE}`;
  let text = protectFences(input.replace(/[\uE000\uE001]/g, ''), hold);
  text = text.replace(RAW_REGION, (_, literal: string) => hold(literal));
  text = text.replace(CODE_SPAN, (span: string) => hold(span.replace(RAW_MARKER, '')));
  const restore = (value: string): string => {
    let result = value;
    for (let depth = 0; depth < 4 && result.includes(OPEN); depth++) {
      result = result.replace(PLACEHOLDER, (_, n: string) => parts[Number(n)] ?? '');
    }
    return result;
  };
  return { text, restore };
}

function protectFences(text: string, hold: (literal: string) => string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const opening = FENCE.exec(lines[i] as string)?.[1];
    if (!opening) {
      out.push(lines[i] as string);
      continue;
    }
    const block = [lines[i] as string];
    for (i++; i < lines.length; i++) {
      const line = lines[i] as string;
      block.push(line);
      const closing = FENCE.exec(line)?.[1];
      if (closing && closing[0] === opening[0] && closing.length >= opening.length && line.trim() === closing)
        break;
    }
    out.push(hold(block.filter((line) => !RAW_LINE.test(line)).join('\n')));
  }
  return out.join('\n');
}
