import { shortTextMemo } from '../memo/BoundedMemo';
/** Languages the product analyses, answers in and has messages for (ISO 639-1 codes). */
export const LANGUAGES = ['en', 'fr', 'it', 'de', 'es', 'pt', 'nl', 'pl'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Names of the languages in English, for labels that say which language quoted text is in. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  en: 'English',
  fr: 'French',
  it: 'Italian',
  de: 'German',
  es: 'Spanish',
  pt: 'Portuguese',
  nl: 'Dutch',
  pl: 'Polish',
};

/**
 * The supported language of a BCP 47 tag or an Accept-Language value (`de-CH` -> `de`, `fr-FR,fr;q=0.9` ->
 * `fr`), or undefined when it names none of `LANGUAGES` (or is empty). Case-insensitive; never throws.
 */
export function toLanguage(tag: string | undefined | null): Language | undefined {
  if (!tag) return undefined;
  return knownTag(tag);
}

/** `toLanguage` of a tag, remembered for the few tags a deployment sees (read for every passage of every answer). */
const knownTag = shortTextMemo((tag: string): Language | undefined => languageOf(tag), 64, 256);

function languageOf(tag: string): Language | undefined {
  for (const part of tag.split(',')) {
    const base = part.trim().split(/[-_;]/u)[0]?.toLowerCase() ?? '';
    if ((LANGUAGES as readonly string[]).includes(base)) return base as Language;
  }
  return undefined;
}

/** Languages that write compound nouns as one word ("Fahrzeugübergabe"): their long words are split. */
export const COMPOUNDING: ReadonlySet<string> = new Set(['de', 'nl']);
