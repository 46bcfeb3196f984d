import zlib from 'node:zlib';

/** A decoded PNG: size, header fields and (for 8-bit, non-interlaced images) its pixels as RGBA bytes. */
export interface PngImage {
  readonly width: number;
  readonly height: number;
  readonly bitDepth: number;
  /** 0 grey, 2 RGB, 3 palette, 4 grey+alpha, 6 RGBA. */
  readonly colorType: number;
  readonly interlaced: boolean;
  /** True when the image can carry transparency (alpha channel, or a palette/colour with a tRNS chunk). */
  readonly hasAlpha: boolean;
  /** RGBA, row by row; undefined when the format is not decoded (bit depth other than 8, or interlaced). */
  readonly rgba?: Uint8Array;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

/**
 * Reads a PNG file's chunks (signature, IHDR, PLTE, tRNS, IDAT) and decodes 8-bit non-interlaced pixels of
 * every colour type. Throws an Error with a plain reason when the bytes are not a well-formed PNG.
 */
export function readPng(bytes: Buffer): PngImage {
  if (bytes.length < 33 || !bytes.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG file');
  let offset = 8;
  let header:
    { width: number; height: number; bitDepth: number; colorType: number; interlaced: boolean } | undefined;
  let palette: Buffer | undefined;
  let transparency: Buffer | undefined;
  const data: Buffer[] = [];
  while (offset + 8 <= bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString('latin1', offset + 4, offset + 8);
    const body = bytes.subarray(offset + 8, offset + 8 + length);
    if (body.length !== length) throw new Error(`truncated ${type} chunk`);
    if (type === 'IHDR') {
      header = {
        width: body.readUInt32BE(0),
        height: body.readUInt32BE(4),
        bitDepth: body[8] as number,
        colorType: body[9] as number,
        interlaced: body[12] === 1,
      };
    } else if (type === 'PLTE') palette = body;
    else if (type === 'tRNS') transparency = body;
    else if (type === 'IDAT') data.push(body);
    else if (type === 'IEND') break;
    offset += 12 + length;
  }
  if (!header) throw new Error('no IHDR chunk');
  const channels = CHANNELS[header.colorType];
  if (!channels) throw new Error(`unknown colour type ${header.colorType}`);
  const hasAlpha = header.colorType === 4 || header.colorType === 6 || transparency !== undefined;
  const image = { ...header, hasAlpha };
  if (header.bitDepth !== 8 || header.interlaced) return image;
  const raw = zlib.inflateSync(Buffer.concat(data));
  const pixels = unfilter(raw, header.width, header.height, channels);
  return { ...image, rgba: toRgba(pixels, header.colorType, palette, transparency) };
}

/** Reverses the per-row filters (None, Sub, Up, Average, Paeth) of 8-bit samples. */
function unfilter(raw: Buffer, width: number, height: number, bpp: number): Uint8Array {
  const stride = width * bpp;
  if (raw.length < height * (stride + 1)) throw new Error('image data is shorter than its size says');
  const out = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const value = raw[y * (stride + 1) + 1 + x] as number;
      const a = x >= bpp ? (out[y * stride + x - bpp] as number) : 0;
      const b = y > 0 ? (out[(y - 1) * stride + x] as number) : 0;
      const c = x >= bpp && y > 0 ? (out[(y - 1) * stride + x - bpp] as number) : 0;
      let predictor = 0;
      if (filter === 1) predictor = a;
      else if (filter === 2) predictor = b;
      else if (filter === 3) predictor = (a + b) >> 1;
      else if (filter === 4) predictor = paeth(a, b, c);
      else if (filter !== 0) throw new Error(`unknown row filter ${filter}`);
      out[y * stride + x] = (value + predictor) & 0xff;
    }
  }
  return out;
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
  if (pa <= pb && pa <= pc) return a;
  return pb <= pc ? b : c;
}

function toRgba(pixels: Uint8Array, colorType: number, palette?: Buffer, trns?: Buffer): Uint8Array {
  const channels = CHANNELS[colorType] as number;
  const count = pixels.length / channels;
  const out = new Uint8Array(count * 4);
  for (let i = 0; i < count; i++) {
    const s = pixels.subarray(i * channels, (i + 1) * channels);
    let rgba: [number, number, number, number];
    if (colorType === 6) rgba = [s[0], s[1], s[2], s[3]] as [number, number, number, number];
    else if (colorType === 4) rgba = [s[0], s[0], s[0], s[1]] as [number, number, number, number];
    else if (colorType === 2) {
      const transparent =
        trns &&
        trns.length >= 6 &&
        trns.readUInt16BE(0) === s[0] &&
        trns.readUInt16BE(2) === s[1] &&
        trns.readUInt16BE(4) === s[2];
      rgba = [s[0], s[1], s[2], transparent ? 0 : 255] as [number, number, number, number];
    } else if (colorType === 0) {
      const transparent = trns && trns.length >= 2 && trns.readUInt16BE(0) === s[0];
      rgba = [s[0], s[0], s[0], transparent ? 0 : 255] as [number, number, number, number];
    } else {
      const index = s[0] as number;
      const [r = 0, g = 0, b = 0] = palette ? [...palette.subarray(index * 3, index * 3 + 3)] : [];
      rgba = [r, g, b, trns && index < trns.length ? (trns[index] as number) : 255];
    }
    out.set(rgba, i * 4);
  }
  return out;
}
