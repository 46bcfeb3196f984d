/** What an extractor reads from one file. */
export interface ExtractInput {
  /** File name or relative path; only its extension and (in errors) its name are used. */
  readonly fileName: string;
  readonly bytes: Buffer;
}

/**
 * Normalised markdown-like text: headings are `#`..`######` + space lines, paragraphs are separated by one
 * blank line, list items are `- ` lines, table rows are cells joined by ` | `. No C0 control characters
 * other than `\n` and `\t`, no CR, no trailing spaces, never more than one blank line in a row.
 */
export interface ExtractedText {
  readonly text: string;
  /** A title found in the file itself (HTML `<title>`); front matter titles stay in `frontMatter`. */
  readonly title?: string;
  /** Parsed YAML front matter (markdown only); `{}` when absent. */
  readonly frontMatter: Record<string, unknown>;
}
