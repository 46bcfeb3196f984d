import { shortTextMemo } from '../memo/BoundedMemo';
/** A token as written, with letters, digits and inner `-_./:` joiners (`GOV.UK`, `J1939`, `SOME/IP`). */
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:[-_./:][\p{L}\p{M}\p{N}]+)*/gu;
const SENTENCE_START = /(?:^|[.!?:;]\s*|\n\s*)[¿¡«“„"'(]*$/u;
/** Languages that write every noun with a capital initial: there a capital says nothing of a name. */
const CAPITALISED_NOUNS = /^de\b/iu;

/**
 * Names in a question: tokens written like proper names or identifiers rather than ordinary words: with a
 * digit (`J1939`, `R13`), two or more capitals (`QNX`, `CycloneDDS`, `GOV.UK`, `SOME/IP`), or a capital
 * initial anywhere but the start of a sentence (`Foxglove`; a leading `¿`, `¡` or quote doesn't count), except in a
 * `language` that capitalises every noun (German). Lower-case identifiers (`base_link`, `km/h`) are not names:
 * documents often spell them differently. It reads letter case and shape only, never a word list. Distinct, in
 * order of first appearance.
 */
export function questionEntities(question: string, language?: string): readonly string[] {
  return entitiesOf(question, language);
}

/** `questionEntities` remembered per question and language (callers never mutate the list). */
const entitiesOf = shortTextMemo(findEntities, 1000, 1024);

/** `questionEntities` computed; `language` `''` is no language. */
function findEntities(question: string, language: string): string[] {
  const nouns = CAPITALISED_NOUNS.test(language);
  const names = new Set<string>();
  for (const match of question.normalize('NFC').matchAll(TOKEN)) {
    const word = match[0];
    if ([...word].length < 2) continue;
    const capitals = word.match(/\p{Lu}/gu)?.length ?? 0;
    const initial = !nouns && /^\p{Lu}/u.test(word) && !SENTENCE_START.test(question.slice(0, match.index));
    if (/\p{N}/u.test(word) && /\p{L}/u.test(word)) names.add(word);
    else if (/^\p{N}+(?:[.,]\p{N}+)*$/u.test(word)) continue;
    else if (capitals >= 2 || initial) names.add(word);
  }
  return [...names];
}

/**
 * Owners named only to qualify another name in the question ("GitHub's Primer", "Norway’s NAV"): for each
 * owner, the names it qualifies. A document about the owned name need not repeat its owner.
 */
export function nameOwners(question: string, language?: string): ReadonlyMap<string, readonly string[]> {
  return ownersOf(question, language);
}

/** `nameOwners` remembered per question and language (callers never mutate the map). */
const ownersOf = shortTextMemo(findOwners, 1000, 1024);

/** `nameOwners` computed; `language` `''` is no language. */
function findOwners(question: string, language: string): Map<string, string[]> {
  const names = new Set(questionEntities(question, language));
  const owners = new Map<string, string[]>();
  for (const match of question.normalize('NFC').matchAll(/([^\s'’]+)['’]s\s+([^\s,;:.!?]+)/gu)) {
    const [owner, owned] = [match[1] ?? '', match[2] ?? ''];
    if (names.has(owner) && names.has(owned)) owners.set(owner, [...(owners.get(owner) ?? []), owned]);
  }
  return owners;
}

/** Lower-case letters and digits only: the form in which a name is looked for in text (`GOV.UK` -> `govuk`). */
export function compactForm(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '');
}

/**
 * True when `name` occurs in `compactText` (see `compactForm`), ignoring a plural `s`. Names of three
 * characters or fewer must match a whole word of `words` instead, so `ECU` is not found inside `security`.
 */
export function mentions(
  name: string,
  compactText: string | { includes(text: string): boolean },
  words: { has(word: string): boolean },
): boolean {
  const compact = compactForm(name);
  if (compact.length === 0) return true;
  const singular = compact.length > 4 && compact.endsWith('s') ? compact.slice(0, -1) : compact;
  if (singular.length <= 3) return words.has(singular) || words.has(compact);
  return compactText.includes(singular);
}
