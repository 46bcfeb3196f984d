/** Appears in an output only if a template or formatter expression in the input was evaluated. */
export const CANARY = 'PWNED';
const EVAL = "concat('PW','NED')";

/** Base payloads, by kind. Every one holds letters, so no renderer drops it as empty. */
const BASE: readonly (readonly [kind: string, payload: string])[] = [
  ['template', `\${${EVAL}}`],
  ['template', `\${if(true, ${EVAL}, 'x')}`],
  ['template', `$\${${EVAL}}`],
  ['template', `\\\${${EVAL}}`],
  ['template', `\${$root.token} \${${EVAL}}`],
  ['template', `{{DATE(2017-02-14T06:08:39Z, LONG)}} text`],
  ['template', `{{TIME(2017-02-14T06:08:39Z)}} text`],
  ['template', `\${json('{"a":"${CANARY.slice(0, 2)}"}')} \${${EVAL}}`],
  ['template', `{\${${EVAL}}}`],
  ['template', '${$root} ${$root.token} ${$index}'],
  ['template', `\${\${${EVAL}}}`],
  ['json', '"}],"body":[{"type":"Image","url":"https://evil.example/x.png"}],"x":"'],
  ['json', '\\"},{"type":"Action.OpenUrl","url":"https://evil.example"}'],
  ['json', '{"$data":"${$root}","text":"${token}"} text'],
  ['json', "text'); DROP TABLE tickets;-- \\u0022"],
  ['json', 'text</script><script>alert(1)</script>'],
  ['markdown', '[Reset your password](https://evil.example/login)'],
  ['markdown', '![tracking pixel](https://evil.example/p.png)'],
  ['markdown', 'Brake fade form](https://evil.example/login) [see'],
  ['markdown', '[x]( https://evil.example "title")'],
  ['markdown', '[x](<https://evil.example/a b>)'],
  ['markdown', '[x][ref]\n\n[ref]: https://evil.example/ref'],
  ['markdown', '<https://evil.example/auto>'],
  ['markdown', '<a href="https://evil.example">click</a>'],
  ['markdown', '<img src=x onerror=alert(1)> image'],
  ['markdown', '[[nested](https://evil.example)](https://evil.example/2)'],
  ['markdown', '# Heading\n- list [x](https://evil.example)\n> quote'],
  ['markdown', '**bold** _em_ `code` ~~strike~~ text'],
  ['markdown', '[x]: https://evil.example/definition "title"'],
  ['url', 'javascript:alert(document.cookie)'],
  ['url', 'JaVaScRiPt:alert(1)'],
  ['url', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
  ['url', 'vbscript:msgbox("x")'],
  ['url', 'see https://evil.example/login?next=/ now'],
  ['url', 'http://evil.example'],
  ['url', 'www.evil.example/login'],
  ['url', 'https://user:password@evil.example/'],
  ['url', 'file:///etc/passwd'],
  ['url', '[x](javascript:alert(1))'],
  ['url', '[x](data:image/png;base64,iVBORw0KGgo=)'],
  ['bidi', 'invoice\u202Efdp.exe'],
  ['bidi', '\u2066admin\u2069 text \u202Bx\u202C'],
  ['bidi', 'java\u200Bscript:alert(1)'],
  ['bidi', 'ht\u200Dtps://evil.example/zwj'],
  ['bidi', '\uFEFF[x](https://evil.example/bom)'],
  ['bidi', 'text\u200B\u200C\u200D\u2060 with zero widths'],
  ['control', 'text\u0000\u0007\u001b[31m red \u009b'],
  ['control', 'line one\r\nline two\u2028line three'],
  ['control', 'lone \uD800 surrogate'],
  ['long', 'A'.repeat(100_000)],
  ['long', '[x](https://evil.example) '.repeat(4_000)],
  ['long', `\${${EVAL}} `.repeat(5_000)],
  ['long', `word `.repeat(20_000)],
];

/** How each payload is placed: alone, inside a sentence, with a newline, and doubled. */
const WRAPPERS: readonly ((payload: string) => string)[] = [
  (p) => p,
  (p) => `The pass criterion is ${p} on the tenth stop.`,
  (p) => `${p}\n\nSecond paragraph`,
  (p) => `${p} ${p}`.slice(0, 200_000),
];

/** At least 200 hostile strings: every base payload in every placement (100 KB ones alone and in a sentence). */
export const HOSTILE_STRINGS: readonly { readonly kind: string; readonly text: string }[] = BASE.flatMap(
  ([kind, payload]) =>
    (kind === 'long' ? WRAPPERS.slice(0, 2) : WRAPPERS).map((wrap) => ({ kind, text: wrap(payload) })),
);

const SCHEME = /\b(?:https?|ftp|file|javascript|data|vbscript):(?=\S)/i;
const BIDI = /[\u202A-\u202E\u2066-\u2069]/;

/**
 * What makes `text` unsafe to show, judged independently of the code under test: link or image markup, a URL
 * a client could link (a link scheme followed by text, a `www.` host), HTML, bidi controls, or the canary
 * of an evaluated expression. Markdown link targets on `allowedHosts` are allowed (citations).
 */
export function unsafeIn(text: string, allowedHosts: readonly string[]): string[] {
  const problems: string[] = [];
  // A link is `](target)` not preceded by a backslash (an escaped `\]` is text in Markdown).
  const rest = text.replace(/(?<!\\)\]\(<?([^)\s>]*)>?\)/g, (_m, target: string) => {
    if (!URL.canParse(target) || !allowedHosts.includes(new URL(target).host))
      problems.push(`link ${target}`);
    return ' ';
  });
  if (rest.includes('![')) problems.push('image markup');
  if (/(?<!\\)<\s*(?:a|img|script|iframe)\b/i.test(rest)) problems.push('HTML');
  if (SCHEME.test(rest)) problems.push(`URL ${SCHEME.exec(rest)?.[0]}`);
  if (/\bwww\.\S/i.test(rest)) problems.push('www host');
  if (BIDI.test(rest)) problems.push('bidi control');
  if (rest.includes(CANARY)) problems.push('evaluated expression');
  return problems;
}
