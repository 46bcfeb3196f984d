import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { runCli, type CliRun } from '../cli/runCli';

export const ROOT = path.join(__dirname, '../../..');
export const APP_PACKAGE = path.join(ROOT, 'appPackage');

export type { CliRun };

/** Runs `tools/cli/package.ts` with tsx from the repository root. */
export function runPackage(args: readonly string[]): Promise<CliRun> {
  return runCli('package.ts', [...args], {});
}

/** A temp folder holding a copy of `appPackage/` (without `build/`) as `appPackage/`, and an empty `out/`. */
export function copyAppPackage(): { root: string; dir: string; out: string } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'app-package-'));
  const dir = path.join(root, 'appPackage');
  fs.cpSync(APP_PACKAGE, dir, {
    recursive: true,
    filter: (src) => !src.startsWith(path.join(APP_PACKAGE, 'build')),
  });
  return { root, dir, out: path.join(root, 'out') };
}

/** Reads, edits and rewrites a JSON file. */
export function editJson(file: string, edit: (json: Record<string, unknown>) => void): void {
  const json = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
  edit(json);
  fs.writeFileSync(file, JSON.stringify(json, null, 2));
}

/** An 8-bit RGBA PNG of `width` x `height` whose pixel (x, y) is `pixel(x, y)`, unfiltered. */
export function makePng(
  width: number,
  height: number,
  pixel: (x: number, y: number) => readonly number[],
): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const row = [0];
    for (let x = 0; x < width; x++) row.push(...pixel(x, y));
    rows.push(Buffer.from(row));
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** CRC-32 (IEEE) as PNG chunks use it. */
function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** A fresh copy of the app package for the current test, and the packager run over it for the `dev` environment. */
export interface AppPackageCopy {
  readonly root: string;
  readonly dir: string;
  readonly out: string;
  /** `npm run package -- --env dev --app-package <dir> --out <out> ...extra`. */
  run(...extra: string[]): Promise<CliRun>;
}

/**
 * Mocha hooks: `copyAppPackage()` before each test, removed after it. The returned object always names the
 * current test's copy.
 */
export function useAppPackageCopy(): AppPackageCopy {
  const copy = { root: '', dir: '', out: '' };
  beforeEach(() => Object.assign(copy, copyAppPackage()));
  afterEach(() => fs.rmSync(copy.root, { recursive: true, force: true }));
  return {
    get root() {
      return copy.root;
    },
    get dir() {
      return copy.dir;
    },
    get out() {
      return copy.out;
    },
    run: (...extra) => runPackage(['--env', 'dev', '--app-package', copy.dir, '--out', copy.out, ...extra]),
  };
}
