import type { Language } from '../../knowledge/language/languages';
import { en } from './en';
import de from './locales/de.json';
import es from './locales/es.json';
import fr from './locales/fr.json';
import it from './locales/it.json';
import nl from './locales/nl.json';
import pl from './locales/pl.json';
import pt from './locales/pt.json';
import type { Messages } from './Messages';

/**
 * `Actual` where every key it has, at any depth, is one of `Shape`'s (a `Record<string, ...>` in `Shape` takes
 * any key); a key `Shape` lacks turns into `never`, so a resource file with an extra key fails the typecheck.
 */
type WithoutExtraKeys<Shape, Actual> = Actual extends string
  ? Actual
  : { [K in keyof Actual]: K extends keyof Shape ? WithoutExtraKeys<Shape[K], Actual[K]> : never };

/** A resource file as a catalog: the compiler fails a missing key, a value of the wrong type or an extra key. */
const catalog = <T extends Messages>(resource: T & WithoutExtraKeys<Messages, T>): Messages => resource;

/**
 * Every supported language's message catalog. Each language but English is one resource file,
 * `locales/<language>.json`, holding the whole `Messages` object; test/adaptive-cards/messages/catalog.test.ts
 * checks that each has exactly English's keys and the same `{name}` placeholders in every message.
 */
export const CATALOGS: Readonly<Record<Language, Messages>> = {
  en,
  fr: catalog(fr),
  it: catalog(it),
  de: catalog(de),
  es: catalog(es),
  pt: catalog(pt),
  nl: catalog(nl),
  pl: catalog(pl),
};
