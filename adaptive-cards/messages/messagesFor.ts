import { toLanguage } from '../../knowledge/language/languages';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import type { Messages } from './Messages';
import { nl } from './nl';
import { pl } from './pl';
import { pt } from './pt';

const CATALOGS: Readonly<Record<string, Messages>> = { en, fr, it, de, es, pt, nl, pl };

/**
 * The message catalog of a locale (a Teams activity `locale` such as `fr-FR`, or an Accept-Language value): its
 * language's, English for an absent or unsupported locale. Never throws.
 */
export function messagesFor(locale?: string): Messages {
  // The type says string; a body that slipped past a schema may not: such a locale is English, not a crash.
  const language = typeof locale === 'string' ? toLanguage(locale) : undefined;
  return CATALOGS[language ?? 'en'] ?? en;
}
