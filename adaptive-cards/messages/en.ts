import { NO_ANSWER_TIPS } from '../../knowledge/answer/noAnswerSuggestions';
import { LANGUAGE_NAMES } from '../../knowledge/language/languages';
import english from './locales/en.json';
import type { Messages } from './Messages';

/**
 * English: the source catalog and the fallback of every other language. Its resource file `locales/en.json`
 * holds every message but the language names and the answer module's rephrasing tips, taken from where they
 * are declared (knowledge/language, knowledge/answer) so that they are written once.
 */
export const en: Messages = {
  ...english,
  languageNames: LANGUAGE_NAMES,
  replies: { ...english.replies, tips: { ...NO_ANSWER_TIPS, ...english.replies.tips } },
};
