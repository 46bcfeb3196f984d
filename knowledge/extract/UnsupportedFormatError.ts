/** Thrown for a file whose extension has no extractor. `extension` is lower-case with its dot (or empty). */
export class UnsupportedFormatError extends Error {
  readonly code = 'unsupported_format' as const;
  readonly fileName: string;
  readonly extension: string;

  constructor(fileName: string, extension: string) {
    super(`Unsupported file format "${extension || '(none)'}" for "${fileName}"`);
    this.name = 'UnsupportedFormatError';
    this.fileName = fileName;
    this.extension = extension;
  }
}
