import { BREAK, REMOVED } from './reduceInlineMarkup';

const GAP = /( ?)\uE002+( ?)/g;

/**
 * Turns the markers `reduceInlineMarkup` left into layout: a line that held only markup becomes blank, text
 * on either side of a `BREAK` becomes its own paragraph (blank lines around it), indentation before removed
 * markup goes (JSX nesting is not markdown indentation), and a removal between two spaces leaves one space.
 */
export function tidyRemovals(text: string): string {
  if (!text.includes(REMOVED) && !text.includes(BREAK)) return text;
  return text
    .split('\n')
    .flatMap((line) => {
      if (!line.includes(REMOVED) && !line.includes(BREAK)) return [line];
      const pieces = line.split(BREAK);
      const out: string[] = [];
      pieces.forEach((piece, k) => {
        const leading = k > 0 || /^\s*\uE002/.test(piece);
        let cleaned = piece.replace(GAP, (_, before: string, after: string) =>
          before && after ? ' ' : before || after,
        );
        if (leading) cleaned = cleaned.trimStart();
        if (cleaned.trim() === '') {
          if (out[out.length - 1] !== '') out.push('');
          return;
        }
        if (k > 0 && out[out.length - 1] !== '') out.push('');
        out.push(cleaned.trimEnd());
        if (k < pieces.length - 1) out.push('');
      });
      return out;
    })
    .join('\n');
}
