/**
 * Accumulates inline text into output lines for the HTML extractor. A line is written only when it has
 * content; `paragraph()` requests one blank line before the next written line (never two, never at the top).
 */
export class TextLines {
  private readonly lines: string[] = [];
  private current = '';
  private prefix = '';
  private blankPending = false;

  /** Appends text to the current line; `preformatted` keeps spaces and turns `\n` into line breaks. */
  append(text: string, preformatted: boolean): void {
    if (preformatted) {
      const [first, ...rest] = text.split('\n');
      this.current += first;
      for (const part of rest) {
        this.flush(true);
        this.current = part;
      }
      return;
    }
    const collapsed = text.replace(/\s+/g, ' ');
    this.current += /(^|\s)$/.test(this.current) ? collapsed.replace(/^ /, '') : collapsed;
  }

  /** Prefix (e.g. `## ` or `- `) for the next written line; later lines of the same block are indented to match. */
  startLine(prefix: string): void {
    this.flush(false);
    this.prefix = prefix;
  }

  /** Ends the current line. */
  lineBreak(preformatted = false): void {
    this.flush(preformatted);
  }

  /** Ends the current line and asks for a blank line before the next one. */
  paragraph(): void {
    this.flush(false);
    this.blankPending = true;
  }

  /** Ends the current block's prefix (heading or list item). */
  endPrefixed(): void {
    this.flush(false);
    this.prefix = '';
  }

  toString(): string {
    this.flush(false);
    return this.lines.join('\n');
  }

  private flush(preformatted: boolean): void {
    const content = preformatted ? this.current.replace(/\s+$/, '') : this.current.trim();
    if (content || (preformatted && this.lines.length > 0)) {
      if (this.blankPending && this.lines.length > 0) this.lines.push('');
      this.blankPending = false;
      this.lines.push(this.prefix + content);
      this.prefix = this.prefix.startsWith('#') ? '' : ' '.repeat(this.prefix.length);
    }
    this.current = '';
  }
}
