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

/**
 * The Snowball stemmer of a language, for lower-case words (`de`: `fahrzeugs` -> `fahrzeug`), or undefined for a
 * language without one. Created once per language.
 */
export function stemmerFor(language: Language): ((word: string) => string) | undefined {
  if (!cache.has(language)) {
    const algorithm = ALGORITHMS[language];
    const stemmer = algorithm === undefined ? undefined : newStemmer(algorithm);
    cache.set(language, stemmer ? (word: string) => stemmer.stem(word) : undefined);
  }
  return cache.get(language);
}
