/**
 * Abbreviations (lower case, without the final period) after which a period never ends a sentence (en/fr/de/it).
 * `etc.`/`usw.`/`ecc.` and unit abbreviations (`ms`, `sec`, `min`) are left out: they usually end a sentence.
 */
const ABBREVIATIONS: ReadonlySet<string> = new Set(
  (
    'e.g i.e approx appr ca cf vs no nos nr nrn ref refs réf rif incl excl resp dr mr mrs prof st abb bzw ggf ' +
    'inkl vgl bspw evtl sog z.b d.h u.a s.o s.u env mme mlle sig dott'
  ).split(' '),
);

/** Reference abbreviations that do not end a sentence when a number follows (`Fig. 3`, `S. 12`, `Art. 5`). */
const BEFORE_NUMBER: ReadonlySet<string> = new Set(
  'fig figs tab sec art vol ch chap cap pag p pp s abs'.split(' '),
);

const GERMAN_MONTHS: ReadonlySet<string> = new Set(
  'januar februar märz april mai juni juli august september oktober november dezember'.split(' '),
);

/** A run of sentence terminators plus closing quotes/brackets, followed by whitespace. */
const TERMINATOR = /[.!?…]+["'”’»)\]]*(?=\s)/gu;

function isAbbreviation(token: string, rest: string): boolean {
  const bare = token.replace(/^[("'“‘«[]+/u, '').toLowerCase();
  if (ABBREVIATIONS.has(bare) || /^(?:\p{L}\.)+\p{L}$/u.test(bare)) return true;
  // A lone letter elsewhere may be a variable (`S, E and C.`), so only references before a number count.
  return (BEFORE_NUMBER.has(bare) || /^\p{L}$/u.test(bare)) && /^\d/u.test(rest);
}

/**
 * Splits one paragraph (whitespace already collapsed) into sentences. A sentence ends at `.`, `!`, `?` or `…`
 * followed by whitespace and a character that is not a lower-case letter, unless the period closes a known
 * abbreviation or a German ordinal date (`3. Oktober`). Decimals, versions, URLs and part numbers never
 * contain terminator-plus-whitespace, so they stay whole. Returned pieces are trimmed substrings of `paragraph`.
 */
export function splitProse(paragraph: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const match of paragraph.matchAll(TERMINATOR)) {
    const index = match.index ?? 0;
    const end = index + match[0].length;
    const rest = paragraph.slice(end).trimStart();
    if (rest === '' || /^\p{Ll}/u.test(rest)) continue;
    if (match[0] === '.') {
      const before = paragraph.slice(start, index);
      const token = before.slice(before.search(/\S*$/u));
      if (isAbbreviation(token, rest)) continue;
      const nextWord = (/^\p{L}+/u.exec(rest)?.[0] ?? '').toLowerCase();
      if (/^\d{1,2}$/.test(token) && GERMAN_MONTHS.has(nextWord)) continue;
    }
    sentences.push(paragraph.slice(start, end).trim());
    start = end;
  }
  sentences.push(paragraph.slice(start).trim());
  return sentences.filter((s) => s !== '');
}
