import { protectCode } from './protectCode';
import { REMOVED, reduceInlineMarkup } from './reduceInlineMarkup';
import { tidyRemovals } from './tidyRemovals';
import { unwrapAdmonitions } from './unwrapAdmonitions';

export interface DocsMarkupOptions {
  /** The file is MDX: ESM `import`/`export` lines and every JSX element are markup too. */
  readonly mdx: boolean;
}

const MODULE_LINE = /^(?:import|export)\s/;

/**
 * Reduces docs-site markup in a markdown body to the text a reader of the rendered page sees: admonitions
 * and callouts (`unwrapAdmonitions`), template tags, comments, includes and HTML/JSX tags
 * (`reduceInlineMarkup`), and in MDX the ESM `import`/`export` statements. Fenced code blocks and code spans
 * keep their content verbatim (`protectCode`). Markdown itself (headings, lists, tables, emphasis, links)
 * is left as written. Never throws.
 */
export function reduceDocsMarkup(body: string, options: DocsMarkupOptions): string {
  const guarded = protectCode(unwrapAdmonitions(body));
  let prose = options.mdx ? dropModuleStatements(guarded.text) : guarded.text;
  prose = tidyRemovals(reduceInlineMarkup(prose, { jsx: options.mdx }));
  return guarded.restore(prose);
}

/**
 * MDX ESM statements start at column 0 and run until their braces, brackets and parentheses balance and
 * their template literals (`graphql\`...\``) close.
 */
function dropModuleStatements(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!MODULE_LINE.test(lines[i] as string)) {
      out.push(lines[i] as string);
      continue;
    }
    let depth = balance(lines[i] as string);
    let ticks = backticks(lines[i] as string);
    while ((depth > 0 || ticks % 2 === 1) && i + 1 < lines.length) {
      depth += balance(lines[++i] as string);
      ticks += backticks(lines[i] as string);
    }
    out.push(REMOVED);
  }
  return out.join('\n');
}

function balance(line: string): number {
  let depth = 0;
  for (const c of line) {
    if (c === '{' || c === '(' || c === '[') depth++;
    else if (c === '}' || c === ')' || c === ']') depth--;
  }
  return depth;
}

function backticks(line: string): number {
  return line.split('`').length - 1;
}
