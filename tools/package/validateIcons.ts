import { readPng, type PngImage } from './readPng';
import type { PackageProblem } from './PackageProblem';

/** Pixel sizes Teams requires: `color` 192x192 (full colour), `outline` 32x32 (white on transparent). */
export const ICON_SIZES = { color: 192, outline: 32, color32x32: 32 } as const;

export type IconRole = keyof typeof ICON_SIZES;

/**
 * Checks one icon file's bytes for its manifest role (`icons.<role>`): a PNG of the required pixel size; for
 * `outline` also an alpha channel and nothing but white (RGB 255,255,255) wherever a pixel is not fully
 * transparent. `file` names the icon in problems; the field is `icons.<role>`.
 */
export function validateIcon(bytes: Buffer, role: IconRole, file: string): PackageProblem[] {
  const field = `icons.${role}`;
  const size = ICON_SIZES[role];
  let image: PngImage;
  try {
    image = readPng(bytes);
  } catch (error) {
    return [
      {
        file,
        field,
        message: `is not a readable PNG (${(error as Error).message})`,
        fix: `save it as a ${size}x${size} PNG`,
      },
    ];
  }
  const problems: PackageProblem[] = [];
  if (image.width !== size || image.height !== size) {
    problems.push({
      file,
      field,
      message: `is ${image.width}x${image.height} pixels; Teams requires ${size}x${size}`,
      fix: `resize it to exactly ${size}x${size} pixels`,
    });
  }
  if (role === 'outline') problems.push(...outlineProblems(image, file, field));
  return problems;
}

function outlineProblems(image: PngImage, file: string, field: string): PackageProblem[] {
  const fix = 'draw the outline in pure white (#FFFFFF) on a fully transparent background';
  if (!image.hasAlpha) {
    return [{ file, field, message: 'has no transparency (an outline icon needs an alpha channel)', fix }];
  }
  if (!image.rgba) {
    return [
      {
        file,
        field,
        message: `can't be checked pixel by pixel (bit depth ${image.bitDepth}${image.interlaced ? ', interlaced' : ''})`,
        fix: 'save it as an 8-bit RGBA PNG without interlacing',
      },
    ];
  }
  const { rgba, width } = image;
  let coloured = 0;
  let first: { x: number; y: number; rgb: string } | undefined;
  for (let i = 0; i < rgba.length; i += 4) {
    const [r, g, b, a] = [rgba[i], rgba[i + 1], rgba[i + 2], rgba[i + 3]];
    if (a === 0 || (r === 255 && g === 255 && b === 255)) continue;
    coloured++;
    if (!first) {
      const pixel = i / 4;
      const hex = [r, g, b].map((c) => (c as number).toString(16).padStart(2, '0')).join('');
      first = { x: pixel % width, y: Math.floor(pixel / width), rgb: `#${hex.toUpperCase()}` };
    }
  }
  if (!first) {
    if (!hasVisiblePixel(rgba)) return [{ file, field, message: 'is fully transparent', fix }];
    return [];
  }
  return [
    {
      file,
      field,
      message: `has ${coloured} visible pixel(s) that are not white, the first at x=${first.x}, y=${first.y} (${first.rgb}); an outline icon may contain only white and transparency`,
      fix,
    },
  ];
}

function hasVisiblePixel(rgba: Uint8Array): boolean {
  for (let i = 3; i < rgba.length; i += 4) if (rgba[i] !== 0) return true;
  return false;
}
