import assert from 'node:assert/strict';
import {
  escapeHtml,
  fromWorkItem,
  htmlToText,
  isTagValue,
  parseTags,
  toPatchDocument,
  wiqlString,
} from '../../../skills/tickets/adoWorkItem';

describe('adoWorkItem', () => {
  const wiql: [string, string][] = [
    ['requester:u1', "'requester:u1'"],
    ["o'brien", "'o''brien'"],
    ["''", "''''''"],
  ];
  for (const [value, literal] of wiql)
    it(`WIQL literal of ${JSON.stringify(value)}`, () => assert.equal(wiqlString(value), literal));

  const tagValues: [string, boolean][] = [
    ['a1b2c3d4-0000-4000-8000-000000000001', true],
    ['file_ticket:draft-1', true],
    ['alex@norvik.example', true],
    ["x' OR '1'='1", false],
    ['a;b', false],
    ['a,b', false],
    ['', false],
    ['-leading', false],
    ['x'.repeat(201), false],
  ];
  for (const [value, ok] of tagValues)
    it(`tag value ${JSON.stringify(value.slice(0, 40))} → ${ok}`, () => assert.equal(isTagValue(value), ok));

  const html: [string, string][] = [
    ['Line 1<br>Line 2', 'Line 1\nLine 2'],
    ['<div>a</div><div>b</div>', 'a\nb'],
    ['&lt;b&gt; &amp; &quot;q&quot; &#39;s&#39; &#x41;', '<b> & "q" \'s\' A'],
    ['<p>x</p><script>y</script>', 'x\ny'],
    ['&#0; &#xFFFFFFF; &bogus;', '&#0; &#xFFFFFFF; &bogus;'],
  ];
  for (const [input, text] of html)
    it(`text of ${JSON.stringify(input)}`, () => assert.equal(htmlToText(input), text));

  it('escapes every HTML-significant character', () => {
    assert.equal(
      escapeHtml(`<a href="x">'&'</a>`),
      '&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;',
    );
  });
  it('parses "; "-separated tags', () => {
    assert.deepEqual(parseTags('b; a;c ;; '), ['b', 'a', 'c']);
    assert.deepEqual(parseTags(undefined), []);
  });
  it('names the configured bot in the description footer, and reads any bot name back', () => {
    const description = (botName?: string) =>
      String(
        toPatchDocument(
          { title: 'T', description: 'd', category: 'it', priority: 'low' },
          { id: 'u1', name: 'Ana' },
          'k1',
          undefined,
          botName,
        ).find((op) => op.path === '/fields/System.Description')?.value,
      );
    assert.match(description('Contoso Helper'), /Filed via Contoso Helper for Ana\./);
    assert.match(description(), /Filed via the assistant for Ana\./);
    const ticket = fromWorkItem(
      {
        id: 1,
        fields: {
          'System.Title': 't',
          'System.Tags': 'requester:u1',
          'System.Description': description('Old Name Bot'),
        },
      },
      'https://x.example/p',
    );
    assert.equal(ticket?.requesterName, 'Ana');
    assert.equal(ticket?.description, 'd');
  });
  it('round-trips a draft through the patch document and a work item', () => {
    const patch = toPatchDocument(
      { title: 'T', description: 'a <b>\nc', category: 'quality', priority: 'low', brand: 'kestrel' },
      { id: 'u1', name: 'Ana <Ops>' },
      'k1',
      undefined,
    );
    assert.ok(!patch.some((op) => op.path === '/fields/System.AreaPath'), 'no area path unless configured');
    const fields = Object.fromEntries(patch.map((op) => [op.path.slice('/fields/'.length), op.value]));
    const ticket = fromWorkItem(
      {
        id: 5,
        fields: { ...fields, 'System.State': 'Resolved', 'System.CreatedDate': '2025-01-01T00:00:00Z' },
      },
      'https://dev.azure.com/org/proj',
    );
    assert.deepEqual(ticket, {
      id: 5,
      title: 'T',
      description: 'a <b>\nc',
      category: 'quality',
      priority: 'low',
      brand: 'kestrel',
      status: 'resolved',
      requesterId: 'u1',
      requesterName: 'Ana <Ops>',
      createdAt: '2025-01-01T00:00:00Z',
      url: 'https://dev.azure.com/org/proj/_workitems/edit/5',
    });
  });
  const unknowns: [string, Record<string, unknown>, string, unknown][] = [
    ['a malformed category tag', { 'System.Tags': 'requester:u; category:9_x' }, 'category', 'other'],
    [
      'a category the profile may not list (kept)',
      { 'System.Tags': 'requester:u; category:hr' },
      'category',
      'hr',
    ],
    ['a category tag in other casing', { 'System.Tags': 'requester:u; Category:LAB' }, 'category', 'lab'],
    ['an unknown priority', { 'Microsoft.VSTS.Common.Priority': 9 }, 'priority', 'normal'],
    ['an unknown state', { 'System.State': 'Committed' }, 'status', 'active'],
    ['a Done state', { 'System.State': 'Done' }, 'status', 'closed'],
  ];
  for (const [name, extra, key, value] of unknowns) {
    it(`reads ${name} as ${String(value)}`, () => {
      const ticket = fromWorkItem(
        { id: 1, fields: { 'System.Title': 't', 'System.Tags': 'requester:u', ...extra } },
        'https://x.example/p',
      );
      assert.equal(ticket?.[key as keyof typeof ticket], value);
    });
  }
});
