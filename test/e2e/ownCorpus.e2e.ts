/**
 * End to end over a corpus that is not the sample: a plant's own safety documents in a temporary folder, with
 * folder metadata instead of per-file access lists and no organisation profile. `npm start` with
 * KNOWLEDGE_SOURCE_DIR pointing at it; headless chromium asks in the Agents Playground. Screenshots go to
 * `test-results/own-corpus-*.png`.
 */
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { screenshot } from './browser';
import { EXIT_MS, REPLY_MS, STARTUP_MS, usePlayground } from './startPlayground';

/** Names of the bundled sample's fictitious company: none may appear when another corpus is served. */
const SAMPLE_NAMES = /Norvik|Aurex|Velora|Kestrel|Brava|NMP-[EC]|brake fade/i;

/** Five documents of a plant's own, in two folders; the incidents folder is for EHS leads only. */
const FILES: Record<string, string> = {
  '_folder.meta.yaml': 'access: [everyone]\nlanguage: en\n',
  'safety/near-miss-reporting.md': [
    '# Near-miss reporting',
    '',
    'A near miss is an event that could have injured someone but did not.',
    '',
    '## Deadlines',
    '',
    'Every near miss must be reported in the EHS portal within five working days of the event.',
    'Serious injuries are reported to the site director by phone within 24 hours.',
    '',
  ].join('\n'),
  'safety/forklift-rules.md': [
    '---',
    'title: Forklift Traffic Rules',
    '---',
    '# Forklift traffic',
    '',
    'The speed limit for forklifts inside Hall B is 6 km/h.',
    'Pedestrians cross only at the marked yellow walkways.',
    '',
  ].join('\n'),
  'safety/hearing-protection.md': [
    '# Hearing protection',
    '',
    '| Area | Noise level | Protection |',
    '|---|---|---|',
    '| Press shop | 92 dB(A) | Ear plugs and ear muffs |',
    '| Paint shop | 78 dB(A) | None required |',
    '',
  ].join('\n'),
  'site/canteen-hours.md': '# Canteen\n\nThe canteen serves hot meals from 11:30 to 14:00 on working days.\n',
  'incidents/_folder.meta.yaml': 'access: [group:ehs-leads]\n',
  'incidents/2026-03-press-incident.md': [
    '# Press shop incident, March 2026',
    '',
    'Root cause: the light curtain of press 7 was bypassed with a jumper wire.',
    '',
  ].join('\n'),
};

describe('npm start over an organisation’s own corpus + Agents Playground (browser)', function () {
  this.timeout(STARTUP_MS + 6 * REPLY_MS);
  const playground = usePlayground({
    tmpPrefix: 'e2e-own-',
    env: async (root) => {
      const corpus = path.join(root, 'corpus');
      for (const [name, text] of Object.entries(FILES)) {
        await mkdir(path.dirname(path.join(corpus, name)), { recursive: true });
        await writeFile(path.join(corpus, name), text);
      }
      return { DATA_DIR: path.join(root, 'data'), KNOWLEDGE_SOURCE_DIR: corpus };
    },
  });

  it('quotes the rule that holds the asked deadline, not a neighbouring one, with its source', async () => {
    const card = await playground.ui.ask('How long do I have to report a near miss?', REPLY_MS);
    const text = await card.innerText();
    await screenshot(playground.ui.page, 'own-corpus-answer');
    assert.match(text, /within five working days/, `the deadline is not quoted:\n${text}`);
    assert.match(text, /\[1\]/, `no citation marker:\n${text}`);
    assert.match(text, /Near-miss reporting/, `the source is not named:\n${text}`);
    assert.doesNotMatch(text, SAMPLE_NAMES, `the sample company shows through:\n${text}`);
  });

  it('reads a table row with its headers', async () => {
    const card = await playground.ui.ask('What hearing protection is needed in the press shop?', REPLY_MS);
    const text = await card.innerText();
    await screenshot(playground.ui.page, 'own-corpus-table');
    assert.match(text, /Protection: Ear plugs and ear muffs/, `the row lost its header:\n${text}`);
  });

  it('declines what the documents do not cover, and never quotes a folder the user may not read', async () => {
    const none = await playground.ui.ask('Which hydrogen forklift supplier did we choose?', REPLY_MS);
    assert.doesNotMatch(await none.innerText(), /\[1\]/, 'answered a question the documents do not cover');
    const restricted = await playground.ui.ask('What was the root cause of the press incident?', REPLY_MS);
    const text = await restricted.innerText();
    await screenshot(playground.ui.page, 'own-corpus-restricted');
    assert.doesNotMatch(text, /light curtain|jumper wire/i, `restricted incident shown:\n${text}`);
  });

  it('offers help in neutral words with examples from this corpus', async () => {
    const help = await playground.ui.ask('help', REPLY_MS);
    const text = await help.innerText();
    await screenshot(playground.ui.page, 'own-corpus-help');
    assert.doesNotMatch(text, SAMPLE_NAMES, `help names the sample company:\n${text}`);
  });

  it('exits with code 0 on Ctrl-C', async () => {
    assert.ok(playground.product, 'playground.product not started');
    assert.equal(await playground.product.interrupt(EXIT_MS), 0);
  });
});
