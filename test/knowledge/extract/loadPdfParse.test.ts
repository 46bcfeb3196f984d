import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.join(__dirname, '../../..');
const SAMPLE = path.join(ROOT, 'knowledge/sample/corpus');

describe('loadPdfParse', function () {
  this.timeout(60_000);

  it('reads a PDF and leaves JSON.parse, Array.prototype.push and Function.prototype.toString as they were', () => {
    const pdf = fs
      .readdirSync(SAMPLE, { recursive: true, encoding: 'utf8' })
      .find((file) => file.endsWith('.pdf'));
    assert.ok(pdf, 'the sample corpus has a PDF');
    // A fresh process: pdf-parse is loaded there for the first time, as in the bot.
    const script = `
      const fs = require('node:fs');
      const before = [JSON.parse, Array.prototype.push, Function.prototype.toString];
      const { extractPdf } = require('./knowledge/extract/extractPdf');
      const loadedEarly = require.cache[require.resolve('pdf-parse')] !== undefined;
      extractPdf({ bytes: fs.readFileSync(${JSON.stringify(path.join(SAMPLE, pdf))}), fileName: 'a.pdf' }).then((r) => {
        const after = [JSON.parse, Array.prototype.push, Function.prototype.toString];
        console.log(JSON.stringify({ loadedEarly, chars: r.text.length, same: before.map((f, i) => f === after[i]) }));
      });`;
    const out = execFileSync(process.execPath, ['--import', 'tsx', '-e', script], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    const result = JSON.parse(out.trim().split('\n').pop() ?? '{}') as {
      loadedEarly: boolean;
      chars: number;
      same: boolean[];
    };
    assert.equal(result.loadedEarly, false, 'pdf-parse is loaded on first use only');
    assert.ok(result.chars > 100, 'the text layer was read');
    assert.deepEqual(result.same, [true, true, true]);
  });
});
