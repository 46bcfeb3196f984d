import { FUNCTION_WORDS_BY_LANGUAGE } from '../language/functionWords';

const words = (list: string): string[] => list.split(/\s+/u).filter((w) => w !== '');

const QUESTION_WORDS = words(`
  what which who whom whose when where why how do does did done is are was were can could should would will
  shall may might must tell explain describe please show give find know many much use`);

const { en, fr, de, it } = FUNCTION_WORDS_BY_LANGUAGE;

/**
 * Lower-case stop words of English, French, German and Italian plus English question words. All four sets are
 * always applied because a question may be asked in any language (the other languages' function words are added
 * where a text is known to be in them, see `queryTerms`). Matched against unstemmed tokens.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([...en, ...QUESTION_WORDS, ...fr, ...de, ...it]);

/**
 * Function words of English, French, German and Italian only (no question words such as `use` or `show`, which
 * can be a question's subject): words nearly every passage holds, so a search skips them.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([...en, ...fr, ...de, ...it]);
