import { LANGUAGES, toLanguage, type Language } from '../../language/languages';

/** The search field holding a chunk's heading and text when its document is in `language`. */
export type LanguageField = `content_${Language}`;

/**
 * Per-language search fields of the knowledge index (`infra/search/knowledge-index.json`): `content_<language>`
 * for each of `LANGUAGES`, analysed by that language's Microsoft analyzer (lemmas, stems, German and Dutch
 * compound parts). A chunk fills only its document's language field; the others are null.
 */
export const LANGUAGE_FIELDS: readonly LanguageField[] = LANGUAGES.map(
  (language) => `content_${language}` as const,
);

/** The language field for a document or question language (a BCP 47 tag), or undefined when unsupported. */
export function languageField(tag: string | undefined): LanguageField | undefined {
  const language = toLanguage(tag);
  return language ? `content_${language}` : undefined;
}

/**
 * The language fields of one chunk: its document's language field holds `heading` and `text`, every other one
 * is null (so replacing a document that changed language clears the old field).
 */
export function languageFieldValues(
  documentLanguage: string,
  heading: string,
  text: string,
): Record<LanguageField, string | null> {
  const own = languageField(documentLanguage);
  const values = {} as Record<LanguageField, string | null>;
  for (const field of LANGUAGE_FIELDS) values[field] = field === own ? `${heading}\n${text}`.trim() : null;
  return values;
}
