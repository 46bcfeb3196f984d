/** A heading-delimited part of a document. */
export interface Section {
  /** Heading titles from the outermost to this section's own; empty before the first heading. */
  readonly path: readonly string[];
  /** Heading level 1-6 (0 before the first heading). */
  readonly level: number;
  /** The section's text without its heading line, trimmed; may be empty. */
  readonly body: string;
}

const HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const FENCE = /^ {0,3}(```|~~~)/;

/**
 * Splits markdown-like text at `#`..`######` heading lines (not inside ``` / ~~~ fences). A heading of level L
 * closes every open heading of level >= L, so `path` follows the heading hierarchy even when levels are
 * skipped. Sections come back in document order, including ones with an empty body.
 */
export function parseSections(text: string): Section[] {
  const sections: Section[] = [];
  let stack: { level: number; title: string }[] = [];
  let level = 0;
  let lines: string[] = [];
  const close = (): void => {
    sections.push({ path: stack.map((h) => h.title), level, body: lines.join('\n').trim() });
    lines = [];
  };
  let inFence = false;
  for (const line of text.split(/\r?\n/)) {
    if (FENCE.test(line)) inFence = !inFence;
    const heading = inFence ? null : HEADING.exec(line);
    if (!heading || heading[2].trim() === '') {
      lines.push(line);
      continue;
    }
    close();
    level = heading[1].length;
    stack = [...stack.filter((h) => h.level < level), { level, title: heading[2].trim() }];
  }
  close();
  return sections;
}
