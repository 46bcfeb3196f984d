import assert from 'node:assert/strict';
import * as ACData from 'adaptivecards-templating';
import { WORD_JOINER as WJ, safeInlineText, safeText } from '../../adaptive-cards';

describe('safeText', () => {
  const cases: [string, string, string][] = [
    ['plain text unchanged', 'Brake fade (front axle) at 100 km/h!', 'Brake fade (front axle) at 100 km/h!'],
    ['markdown link', '[click](https://evil.example)', '［click］(https∶//evil․example)'],
    ['markdown image', '![img](https://evil.example/x.png)', '!［img］(https∶//evil․example/x.png)'],
    ['bare URL', 'see https://evil.example/login?a=1 now', 'see https∶//evil․example/login?a=1 now'],
    ['javascript: URL', 'javascript:alert(1)', 'javascript∶alert(1)'],
    ['data: URL', 'data:text/html;base64,PHNjcmlwdD4=', 'data∶text/html;base64,PHNjcmlwdD4='],
    ['www host', 'go to www.evil.example/x', 'go to www․evil․example/x'],
    ['a word before a colon stays', 'Test data: 10 runs', 'Test data: 10 runs'],
    ['emphasis', '*bold* and _it_', '＊bold＊ and ＿it＿'],
    ['code span: its backticks dropped', 'run `rm -rf` or `use_sim_time`', 'run rm -rf or use＿sim＿time'],
    ['a backtick without its pair', 'a ` b', 'a ｀ b'],
    ['a code span hiding an expression', '$`{x}`', `$${WJ}{x}`],
    [
      'html and autolink',
      '<script>alert(1)</script> <https://x.example>',
      '＜script＞alert(1)＜/script＞ ＜https∶//x․example＞',
    ],
    ['blockquote', '> quoted', '＞ quoted'],
    ['heading at start', '# Title', '＃ Title'],
    ['hash mid-text', 'item #4', 'item #4'],
    ['bullet at start', '- item', '－ item'],
    ['plus at start', '+ item', '＋ item'],
    ['numbered list at start', '12. step', '12． step'],
    ['numbered list with paren', '3) step', '3） step'],
    ['backslash', 'a\\', 'a∖'],
    ['template expression', '${user.name}', `$${WJ}{user.name}`],
    ['template function', "${if(true, 'x', 'y')}", `$${WJ}{if(true, 'x', 'y')}`],
    ['date formatter', '{{DATE(2017-02-14T06:08:39Z, SHORT)}}', `{${WJ}{DATE(2017-02-14T06:08:39Z, SHORT)}}`],
    ['html entity', '&#91;x&#93; R&D', `&${WJ}#91;x&${WJ}#93; R&D`],
    ['control characters', 'a\u0000b\u0007c\u009bd', 'abcd'],
    ['bidi override', 'abc\u202Edef', 'abcdef'],
    ['whitespace collapsed', '  one\n\ntwo\t three \u00a0', 'one two three'],
    ['newline then list marker', 'intro\n- item', 'intro - item'],
    ['lone surrogate', 'a\uD800b', 'a\uFFFDb'],
    ['emoji kept', 'ok 👍', 'ok 👍'],
    ['json breakout text', '"}],"body":[{"type":"Image"', '"}］,"body":［{"type":"Image"'],
    ['empty', '', ''],
  ];
  for (const [name, input, expected] of cases) {
    it(name, () => assert.equal(safeText(input), expected));
  }

  it('is idempotent', () => {
    const hostile = '# ${a} {{DATE(x)}} [l](u) *b* &#91; 1. \u0007';
    assert.equal(safeText(safeText(hostile)), safeText(hostile));
    const coded = '`# x` `$`{a}` ``b`` a ` `{{DATE(x)}}` `[l](u)`';
    assert.equal(safeText(safeText(coded)), safeText(coded));
    assert.ok(!safeText(coded).includes('`'), safeText(coded));
  });
});

describe('safeInlineText (text that never starts a line)', () => {
  it('keeps line-start characters, which mid-line are no syntax', () => {
    assert.equal(safeInlineText('5. Fade test'), '5. Fade test');
    assert.equal(safeInlineText('3) step'), '3) step');
    assert.equal(safeInlineText('# - + x'), '# - + x');
  });
  it('neutralises everything else as safeText does, and is idempotent', () => {
    const hostile = '# ${a} {{DATE(x)}} [l](https://evil.example) *b* &#91; 1. \u0007 <b> \\';
    assert.equal(safeInlineText(hostile), safeText(`x ${hostile}`).slice(2));
    assert.equal(safeInlineText(safeInlineText(hostile)), safeInlineText(hostile));
  });
});

describe('adaptivecards-templating and data values (empirical)', () => {
  const expand = (value: string): unknown =>
    new ACData.Template({ type: 'TextBlock', text: '${v}', label: 'pre ${v}' }).expand({
      $root: { v: value, user: { name: 'EVALUATED' } },
    });
  it('does not evaluate ${…} inside data values', () => {
    assert.deepEqual(expand('${user.name}'), {
      type: 'TextBlock',
      text: '${user.name}',
      label: 'pre ${user.name}',
    });
  });
  it('does not evaluate ${…} in a re-expansion of safeText output either', () => {
    const once = new ACData.Template({ text: safeText('${user.name}') }).expand({
      $root: { user: { name: 'EVALUATED' } },
    });
    assert.deepEqual(once, { text: `$${WJ}{user.name}` });
  });
  it('would evaluate a raw ${…} if it reached a template (why safeText neutralises it)', () => {
    const raw = new ACData.Template({ text: '${user.name}' }).expand({
      $root: { user: { name: 'EVALUATED' } },
    });
    assert.deepEqual(raw, { text: 'EVALUATED' });
  });
});
