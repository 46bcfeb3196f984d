import { WORD_JOINER } from '../safeText';
import { truncateText } from '../truncateText';

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Makes untrusted text safe as the prefilled `value` of an Input: inputs are not markdown, so the text
 * keeps its characters (no lookalikes) except that control and bidi-override characters are removed, lone
 * surrogates become U+FFFD, every whitespace run (newlines included: a card string carries no control
 * characters) becomes one space, and a WORD JOINER is put into `${`, `{{` and `](` so no host evaluates them or shows a link.
 * The text is cut to `maxChars` code points before the word joiners are added. Readers of the submitted value strip word joiners.
 */
export function safeInputValue(text: string | undefined, maxChars: number): string {
  const clean = String(text ?? '')
    .replace(/\s+/g, ' ')
    .replace(CONTROL, '')
    .replace(LONE_SURROGATE, '\uFFFD')
    .trim();
  return truncateText(clean, maxChars)
    .replace(/\$(?=\{)/g, `$${WORD_JOINER}`)
    .replace(/\{(?=\{)/g, `{${WORD_JOINER}`)
    .replace(/\](?=\()/g, `]${WORD_JOINER}`);
}
