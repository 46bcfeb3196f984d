/** Shortest part a compound is split into, in letters. */
const MIN_PART = 4;
/** Shortest word that is tried as a compound. */
export const MIN_COMPOUND = 2 * MIN_PART;
/** Linking elements German and Dutch put between the parts of a compound (`Fahrzeug-s-halter`, `boek-en-kast`). */
const LINKS = ['', 's', 'es', 'n', 'en', 'e', 'er'];

/**
 * Splits a compound word into known parts, a general decompounder: the word is cut where both sides are words
 * of `known` (the vocabulary of an index or of a set of passages), allowing a linking `s`/`es`/`n`/`en`/`e`/`er`
 * after the first part, and the right side may itself split once more. Prefers the split with the longest
 * last part (German and Dutch compounds are headed by their last part). Returns the parts, or undefined when
 * the word is shorter than `MIN_COMPOUND` letters or no split has every part known
 * (`fahrzeugubergabe` -> `['fahrzeug', 'ubergabe']` when both are known). Deterministic; never throws.
 */
export function splitCompound(
  word: string,
  known: (part: string) => boolean,
  depth = 2,
): string[] | undefined {
  if (word.length < MIN_COMPOUND || depth === 0) return undefined;
  const splits: [string, string][] = [];
  for (let cut = MIN_PART; cut <= word.length - MIN_PART; cut++) {
    const head = word.slice(0, cut);
    if (!known(head)) continue;
    for (const link of LINKS) {
      const tail = word.slice(cut + link.length);
      if (word.slice(cut).startsWith(link) && tail.length >= MIN_PART) splits.push([head, tail]);
    }
  }
  const direct = splits.find(([, tail]) => known(tail));
  if (direct) return direct;
  for (const [head, tail] of splits) {
    const more = splitCompound(tail, known, depth - 1);
    if (more) return [head, ...more];
  }
  return undefined;
}
