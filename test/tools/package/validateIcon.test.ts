import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { readPng } from '../../../tools/package/readPng';
import { validateIcon } from '../../../tools/package/validateIcons';
import { APP_PACKAGE, makePng } from './packageFixture';

const WHITE = [255, 255, 255, 255];
const CLEAR = [0, 0, 0, 0];

describe('validateIcon and readPng (tools/package/)', () => {
  it('the committed color.png is a 192x192 opaque RGBA PNG', () => {
    const png = readPng(fs.readFileSync(path.join(APP_PACKAGE, 'color.png')));
    assert.deepEqual([png.width, png.height, png.colorType, png.bitDepth], [192, 192, 6, 8]);
    for (let i = 3; i < (png.rgba?.length ?? 0); i += 4) assert.equal(png.rgba?.[i], 255);
  });

  it('the committed icons pass', () => {
    for (const role of ['color', 'outline'] as const)
      assert.deepEqual(
        validateIcon(fs.readFileSync(path.join(APP_PACKAGE, `${role}.png`)), role, `${role}.png`),
        [],
      );
  });

  it('accepts a white-on-transparent 32x32 outline (semi-transparent white too)', () => {
    const png = makePng(32, 32, (x) => (x < 10 ? CLEAR : x < 20 ? [255, 255, 255, 128] : WHITE));
    assert.deepEqual(validateIcon(png, 'outline', 'o.png'), []);
  });

  it('rejects an outline of the wrong size', () => {
    const [problem] = validateIcon(
      makePng(48, 48, () => WHITE),
      'outline',
      'o.png',
    );
    assert.equal(problem?.field, 'icons.outline');
    assert.match(problem?.message ?? '', /is 48x48 pixels; Teams requires 32x32/);
  });

  it('rejects a coloured pixel in the outline and says where', () => {
    const png = makePng(32, 32, (x, y) => (x === 3 && y === 2 ? [0, 0, 254, 255] : CLEAR));
    assert.match(
      validateIcon(png, 'outline', 'o.png')[0]?.message ?? '',
      /1 visible pixel\(s\) .* x=3, y=2 \(#0000FE\)/,
    );
  });

  it('ignores the colour of fully transparent pixels', () => {
    assert.deepEqual(
      validateIcon(
        makePng(32, 32, (x) => (x < 16 ? [200, 0, 0, 0] : WHITE)),
        'outline',
        'o.png',
      ),
      [],
    );
  });

  it('rejects a fully transparent outline', () => {
    assert.match(
      validateIcon(
        makePng(32, 32, () => CLEAR),
        'outline',
        'o.png',
      )[0]?.message ?? '',
      /fully transparent/,
    );
  });

  it('rejects a colour icon of the wrong size', () => {
    assert.match(
      validateIcon(
        makePng(191, 192, () => WHITE),
        'color',
        'c.png',
      )[0]?.message ?? '',
      /is 191x192/,
    );
  });

  it('rejects bytes that are not a PNG', () => {
    assert.match(
      validateIcon(Buffer.from('GIF89a not a png at all, really'), 'color', 'c.png')[0]?.message ?? '',
      /not a readable PNG/,
    );
  });
});
