/**
 * String literals of a source file that read like English text: a capitalised word followed by more words or by
 * a colon (`'Open document'`, `` `Brand: ${name}` ``), expressions and comments removed; a thrown `Error`'s
 * message is not user text. `exempt(before)` may exempt a literal by the code just before it.
 */
export function phraseLiterals(source: string, exempt: (before: string) => boolean = () => false): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//gu, '').replace(/^\s*\/\/.*$/gmu, '');
  return (
    [...code.matchAll(/'([^'\n]*)'|`([^`]*)`/gu)]
      // A thrown Error's message is for developers and logs, never shown to a user.
      .filter((m) => {
        const before = code.slice(0, m.index);
        return !before.endsWith('Error(') && !exempt(before);
      })
      .map((m) => (m[1] ?? m[2] ?? '').replace(/\$\{[^}]*\}/gu, ' '))
      .filter((text) => /\b[A-Z][a-z]+(?::| [a-z]{2,})/u.test(text))
  );
}

/**
 * English that stays English in a skill or bot file: what a skill descriptor tells planners and the OpenAPI
 * spec (`.describe(...)`, `brandParameter(profile, '<description>')`, `description:`, the descriptor's `title:`
 * right after its `name:`), the `examples:` the English-only router understands, and log messages. Judged by
 * the code just before the literal.
 */
const NOT_USER_FACING = [
  /\.describe\(\s*$/u,
  /\bbrandParameter\([^,()]*,\s*$/u,
  /\bdescription:\s*$/u,
  /\bname:\s*[^,\n]+,\s*title:\s*$/u,
  /\bexamples:\s*\[[^\]]*$/u,
  /\blog\.(?:debug|info|warn|error)\(\s*$/u,
];

/**
 * The English phrases of a skill or bot file that could reach a user: `phraseLiterals` without the
 * {@link NOT_USER_FACING} ones. A file whose user-facing lines all come from the message catalog has none.
 */
export function userFacingPhrases(source: string): string[] {
  return phraseLiterals(source, (before) => NOT_USER_FACING.some((pattern) => pattern.test(before)));
}
