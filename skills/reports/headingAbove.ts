const HEADING = /^#{1,6}\s+(.*?)(?:\s+#+)?$/u;

const collapse = (text: string): string => text.replace(/\s+/gu, ' ').trim();

/**
 * The last `#` heading line of `passageText` above the first place `sentence` occurs (whitespace collapsed),
 * or undefined when there is none or the sentence is not found. Chunks that merge several small sections
 * carry their later headings inside the text; this recovers which of them a sentence belongs to.
 */
export function headingAbove(passageText: string, sentence: string): string | undefined {
  let heading: string | undefined;
  let body: string[] = [];
  for (const line of passageText.split('\n')) {
    const match = HEADING.exec(line.trim());
    if (!match) {
      body.push(line);
      continue;
    }
    if (collapse(body.join(' ')).includes(sentence)) return heading;
    heading = collapse(match[1] ?? '') || heading;
    body = [];
  }
  return collapse(body.join(' ')).includes(sentence) ? heading : undefined;
}
