import { toLanguage } from '../../knowledge/language/languages';
import { CATALOGS } from './catalogs';
import type { Messages } from './Messages';

/**
 * The message catalog of a locale (a Teams activity `locale` such as `fr-FR`, or an Accept-Language value): its
 * language's, English for an absent or unsupported locale. Never throws.
 */
export function messagesFor(locale?: string): Messages {
  // The type says string; a body that slipped past a schema may not: such a locale is English, not a crash.
  const language = typeof locale === 'string' ? toLanguage(locale) : undefined;
  return CATALOGS[language ?? 'en'];
}
