import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { assertUsageExit, lastJsonLine, runBench } from './runBench';

describe('bench:qa (the CLI, end to end on a small corpus)', function () {
  this.timeout(60000);
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-qa-'));
    fs.mkdirSync(path.join(dir, 'corpus', 'ops'), { recursive: true });
    fs.writeFileSync(
      path.join(dir, 'corpus', 'ops', 'backups.md'),
      '# Backups\n\nNightly backups are kept for 35 days in the vault.\n',
    );
    fs.writeFileSync(
      path.join(dir, 'corpus', 'ops', 'vpn.md'),
      '# VPN\n\nThe VPN client reconnects after 30 seconds of silence.\n',
    );
    const lines = [
      {
        id: 'a',
        question: 'How long are nightly backups kept?',
        gold: ['ops/backups.md'],
        answer_keys: ['35 days'],
        kind: 'number',
        answerable: true,
      },
      {
        id: 'u',
        question: 'Which Zeppelin hangar holds the spare parts?',
        gold: [],
        answer_keys: [],
        kind: 'fact',
        answerable: false,
      },
    ];
    fs.writeFileSync(path.join(dir, 'qa.jsonl'), lines.map((l) => JSON.stringify(l)).join('\n'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints the figures and one JSON line last', async () => {
    const { stdout } = await runBench('qa.ts', [
      path.join(dir, 'corpus'),
      path.join(dir, 'qa.jsonl'),
      '--json',
    ]);
    const figures = lastJsonLine<Record<string, number>>(stdout);
    assert.deepEqual(Object.keys(figures).slice(0, 8), [
      'answerable',
      'retrievalHit3',
      'citationHit1',
      'citationHit3',
      'keysQuoted',
      'unanswerable',
      'declined',
      'errors',
    ]);
    assert.equal(figures.answerable, 1);
    assert.equal(figures.citationHit1, 100);
    assert.equal(figures.keysQuoted, 100);
    assert.equal(figures.declined, 100);
    assert.equal(figures.errors, 0);
    assert.match(stdout, /citation hit@1\/3/);
  });

  it('exits 2 with a usage line when arguments are missing', async () => {
    await assertUsageExit(runBench('qa.ts', []), /usage/);
  });
});
