/**
 * The Porter (1980) stemmer as SQLite's FTS5 `porter` tokenizer applies it to each lower-case token, so text
 * tokenized here can be counted against the index's own terms. Tokens shorter than 3 or longer than 64 bytes
 * are kept as they are; letters other than a-z count as consonants (FTS5 stems the UTF-8 bytes).
 */
export function porterStem(token: string): string {
  // eslint-disable-next-line no-control-regex
  const ascii = /^[\x00-\x7f]*$/.test(token);
  const word = ascii ? token : Buffer.from(token, 'utf8').toString('latin1');
  if (word.length < 3 || word.length > 64) return token;
  const stemmed = step5(step4(step3(step2(step1c(step1b(step1a(word)))))));
  return ascii ? stemmed : Buffer.from(stemmed, 'latin1').toString('utf8');
}

function isVowelAt(word: string, i: number): boolean {
  const c = word[i];
  if (c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u') return true;
  return c === 'y' && i > 0 && !isVowelAt(word, i - 1);
}

/** m: the number of vowel-consonant sequences in `stem`. */
function measure(stem: string): number {
  let m = 0;
  let i = 0;
  while (i < stem.length && !isVowelAt(stem, i)) i += 1;
  while (i < stem.length) {
    while (i < stem.length && isVowelAt(stem, i)) i += 1;
    if (i >= stem.length) break;
    while (i < stem.length && !isVowelAt(stem, i)) i += 1;
    m += 1;
  }
  return m;
}

function hasVowel(stem: string): boolean {
  for (let i = 0; i < stem.length; i += 1) if (isVowelAt(stem, i)) return true;
  return false;
}

function endsDoubleConsonant(stem: string): boolean {
  const n = stem.length;
  return n >= 2 && stem[n - 1] === stem[n - 2] && !isVowelAt(stem, n - 1);
}

/** *o: ends consonant-vowel-consonant, the last not w, x or y. */
function endsCvc(stem: string): boolean {
  const n = stem.length;
  if (n < 3) return false;
  const last = stem[n - 1];
  return (
    !isVowelAt(stem, n - 3) &&
    isVowelAt(stem, n - 2) &&
    !isVowelAt(stem, n - 1) &&
    last !== 'w' &&
    last !== 'x' &&
    last !== 'y'
  );
}

/** Replaces the first matching suffix when its stem passes `when`; later suffixes are not tried. */
function replaceSuffix(
  word: string,
  rules: readonly (readonly [string, string])[],
  when: (stem: string) => boolean,
): string {
  for (const [suffix, replacement] of rules) {
    if (!word.endsWith(suffix)) continue;
    const stem = word.slice(0, word.length - suffix.length);
    return when(stem) ? stem + replacement : word;
  }
  return word;
}

function step1a(word: string): string {
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('ies')) return word.slice(0, -2);
  if (word.endsWith('ss')) return word;
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}

function step1b(word: string): string {
  // As in FTS5, "eed" is a suffix only after at least one more letter ("eed" alone loses "ed").
  if (word.length > 3 && word.endsWith('eed'))
    return measure(word.slice(0, -3)) > 0 ? word.slice(0, -1) : word;
  let stem: string | undefined;
  if (word.endsWith('ed') && hasVowel(word.slice(0, -2))) stem = word.slice(0, -2);
  else if (word.endsWith('ing') && hasVowel(word.slice(0, -3))) stem = word.slice(0, -3);
  if (stem === undefined) return word;
  if (stem.endsWith('at') || stem.endsWith('bl') || stem.endsWith('iz')) return `${stem}e`;
  const last = stem[stem.length - 1];
  if (endsDoubleConsonant(stem) && last !== 'l' && last !== 's' && last !== 'z') return stem.slice(0, -1);
  if (measure(stem) === 1 && endsCvc(stem)) return `${stem}e`;
  return stem;
}

function step1c(word: string): string {
  return word.endsWith('y') && hasVowel(word.slice(0, -1)) ? `${word.slice(0, -1)}i` : word;
}

const STEP2: readonly (readonly [string, string])[] = [
  ['ational', 'ate'],
  ['tional', 'tion'],
  ['enci', 'ence'],
  ['anci', 'ance'],
  ['izer', 'ize'],
  ['logi', 'log'],
  ['bli', 'ble'],
  ['alli', 'al'],
  ['entli', 'ent'],
  ['eli', 'e'],
  ['ousli', 'ous'],
  ['ization', 'ize'],
  ['ation', 'ate'],
  ['ator', 'ate'],
  ['alism', 'al'],
  ['iveness', 'ive'],
  ['fulness', 'ful'],
  ['ousness', 'ous'],
  ['aliti', 'al'],
  ['iviti', 'ive'],
  ['biliti', 'ble'],
];

const STEP3: readonly (readonly [string, string])[] = [
  ['icate', 'ic'],
  ['ative', ''],
  ['alize', 'al'],
  ['iciti', 'ic'],
  ['ical', 'ic'],
  ['ful', ''],
  ['ness', ''],
];

const STEP4 = [
  'al',
  'ance',
  'ence',
  'er',
  'ic',
  'able',
  'ible',
  'ant',
  'ement',
  'ment',
  'ent',
  'ion',
  'ou',
  'ism',
  'ate',
  'iti',
  'ous',
  'ive',
  'ize',
] as const;

function step2(word: string): string {
  return replaceSuffix(word, STEP2, (stem) => measure(stem) > 0);
}

function step3(word: string): string {
  return replaceSuffix(word, STEP3, (stem) => measure(stem) > 0);
}

function step4(word: string): string {
  // The longest matching suffix decides ("ement" before "ment" before "ent").
  let match: string | undefined;
  for (const suffix of STEP4)
    if (word.endsWith(suffix) && (!match || suffix.length > match.length)) match = suffix;
  if (!match) return word;
  const stem = word.slice(0, word.length - match.length);
  if (measure(stem) <= 1) return word;
  if (match === 'ion' && !(stem.endsWith('s') || stem.endsWith('t'))) return word;
  return stem;
}

function step5(word: string): string {
  let result = word;
  if (result.endsWith('e')) {
    const stem = result.slice(0, -1);
    const m = measure(stem);
    if (m > 1 || (m === 1 && !endsCvc(stem))) result = stem;
  }
  if (measure(result) > 1 && endsDoubleConsonant(result) && result.endsWith('l'))
    result = result.slice(0, -1);
  return result;
}
