import { newStemmer } from 'snowball-stemmers';
import type { Language } from './languages';

/** Snowball algorithm of each language that has one (Polish has none: its words are left whole). */
const ALGORITHMS: Partial<Record<Language, string>> = {
  en: 'english',
  fr: 'french',
  it: 'italian',
  de: 'german',
  es: 'spanish',
  pt: 'portuguese',
  nl: 'dutch',
};

const cache = new Map<Language, ((word: string) => string) | undefined>();
/** Stems remembered per language (words repeat across passages and questions); cleared when full. */
const MAX_REMEMBERED = 50_000;

/**
 * The Snowball stemmer of a language, for lower-case words (`de`: `fahrzeugs` -> `fahrzeug`), or undefined for a
 * language without one. Created once per language; remembers up to 50,000 stems.
 */
export function stemmerFor(language: Language): ((word: string) => string) | undefined {
  if (!cache.has(language)) {
    const algorithm = ALGORITHMS[language];
    const stemmer = algorithm === undefined ? undefined : newStemmer(algorithm);
    const remembered = new Map<string, string>();
    cache.set(
      language,
      stemmer
        ? (word: string) => {
            let stem = remembered.get(word);
            if (stem === undefined) {
              if (remembered.size >= MAX_REMEMBERED) remembered.clear();
              stem = stemmer.stem(word);
              remembered.set(word, stem);
            }
            return stem;
          }
        : undefined,
    );
  }
  return cache.get(language);
}
