import fs from 'node:fs';

/**
 * Reads a dotenv-style file (`KEY=value`, `#` comments, optional single or double quotes, `export ` prefix).
 * A missing file yields an empty object; a malformed line throws an Error naming the file and line.
 */
export function readEnvFile(file: string): Record<string, string> {
  if (!fs.existsSync(file)) return {};
  const values: Record<string, string> = {};
  fs.readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .forEach((line, i) => {
      const trimmed = line.trim();
      if (!trimmed || trimmed.startsWith('#')) return;
      const match = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(trimmed);
      if (!match) throw new Error(`${file}:${i + 1}: expected KEY=value`);
      const [, key, raw = ''] = match;
      const quoted = /^(['"])(.*)\1$/.exec(raw);
      values[key as string] = quoted ? (quoted[2] ?? '') : raw.replace(/\s+#.*$/, '');
    });
  return values;
}
