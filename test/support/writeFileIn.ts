import fs from 'node:fs';
import path from 'node:path';

/** Writes `text` to `name` (a relative path, e.g. `hr/pay.md`) under `root`, making its folders. */
export function writeFileIn(root: string, name: string, text: string): void {
  const file = path.join(root, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}
