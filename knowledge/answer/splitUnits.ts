import { splitProse } from './splitProse';

/** What a unit of passage text is; headings and table header rows give context but make poor statements. */
export type UnitKind = 'heading' | 'sentence' | 'listItem' | 'tableHeader' | 'tableRow' | 'code';

export interface TextUnit {
  readonly kind: UnitKind;
  /** Whitespace-collapsed, trimmed text; a substring of the collapsed source minus line-start markers. */
  readonly text: string;
}

const HEADING = /^#{1,6}\s+(.*?)(?:\s+#+)?$/u;
const LIST_ITEM = /^(?:[-*+•‣▪]|\d{1,3}[.)]|[a-z]\))\s+(.*)$/u;
const QUOTE = /^>\s?(.*)$/u;
const FENCE = /^(?:```|~~~)/u;
const DIAGRAM = /^(?:```|~~~)\s*\{?\s*\.?(?:mermaid|plantuml|puml|dot|graphviz|d2)\b/iu;
const TABLE_SEPARATOR = /^[\s|:+-]+$/u;

/** A list item up to this many characters stays one unit (a step reads best whole); longer ones split into sentences. */
const LONG_LIST_ITEM = 400;

type Block = { kind: UnitKind; lines: string[] };

const collapse = (text: string): string => text.replace(/\s+/gu, ' ').trim();
const isTableRow = (line: string): boolean => line.includes(' | ') || /^\|.*\|$/u.test(line);

/** Groups lines into blocks: headings, table rows and quote lines stand alone; list items take continuation lines. */
function toBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let open: Block | undefined;
  let inTable = false;
  let code: Block | undefined;
  const lines = text.split('\n');
  // An unclosed fence (odd count) opens nothing: its marker is read as a blank line.
  const fences = lines.flatMap((line, i) => (FENCE.test(line.trim()) ? [i] : []));
  const unclosed = fences.length % 2 === 1 ? fences[fences.length - 1] : -1;
  for (const [i, raw] of lines.entries()) {
    const line = i === unclosed ? '' : raw.trim();
    if (FENCE.test(line)) {
      code = code ? undefined : { kind: 'code', lines: [] };
      // Diagram sources (mermaid, PlantUML, Graphviz) describe a picture, not text to quote.
      if (code && !DIAGRAM.test(line)) blocks.push(code);
      open = undefined;
      continue;
    }
    if (code) {
      if (line !== '') code.lines.push(line);
      continue;
    }
    const blank = line === '';
    if (blank || !/[\p{L}\p{N}]/u.test(line)) {
      inTable = !blank && inTable && TABLE_SEPARATOR.test(line);
      open = undefined;
      continue;
    }
    const heading = HEADING.exec(line);
    const quote = heading ? null : QUOTE.exec(line);
    const row = !heading && !quote && isTableRow(line);
    if (heading || quote || row) {
      const kind: UnitKind = heading ? 'heading' : quote ? 'sentence' : inTable ? 'tableRow' : 'tableHeader';
      blocks.push({ kind, lines: [heading?.[1] ?? quote?.[1] ?? line.replace(/^\|+|\|+$/gu, '')] });
      open = undefined;
    } else {
      const item = LIST_ITEM.exec(line);
      if (item || !open) {
        open = { kind: item ? 'listItem' : 'sentence', lines: [item?.[1] ?? line] };
        blocks.push(open);
      } else open.lines.push(line);
    }
    inTable = row;
  }
  return blocks;
}

/** A header row followed by no data row is data itself. */
function fixLoneHeaders(blocks: Block[]): Block[] {
  return blocks.map((block, i) =>
    block.kind === 'tableHeader' && blocks[i + 1]?.kind !== 'tableRow'
      ? { ...block, kind: 'tableRow' }
      : block,
  );
}

/**
 * Splits normalised markdown-like passage text (see `ExtractedText`) into typed units, in order. Headings
 * (`#` lines) and table rows (cells joined by ` | `; the first row of a multi-row table is its header) are one
 * unit each; a list item (`- `, `* `, `1. `, `a) `) with its continuation lines is one unit up to 400 characters;
 * paragraphs and longer list items are split into sentences by `splitProse`; the lines of a fenced code block are
 * one `code` unit (diagram sources such as mermaid give none), each line whitespace-collapsed and the lines joined by `\n`. Rules, fence markers, table separators and blank lines produce nothing. Units are
 * whitespace-collapsed substrings of the source (line-start markers and outer table pipes removed). No length
 * filter is applied here. Never throws.
 */
export function splitUnits(text: string): TextUnit[] {
  return fixLoneHeaders(toBlocks(text)).flatMap((block) => {
    if (block.kind === 'code') {
      const lines = block.lines.map(collapse).filter(Boolean);
      return lines.length > 0 ? [{ kind: block.kind, text: lines.join('\n') }] : [];
    }
    const joined = collapse(block.lines.join(' '));
    const multi = block.kind === 'sentence' || (block.kind === 'listItem' && joined.length > LONG_LIST_ITEM);
    return (multi ? splitProse(joined) : [joined]).map((piece) => ({ kind: block.kind, text: piece }));
  });
}
