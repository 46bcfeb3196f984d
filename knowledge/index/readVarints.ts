/**
 * Reads the SQLite-format varints (1-9 bytes, big-endian 7-bit groups, the ninth byte whole) that FTS5 uses in
 * its `docsize` rows and its averages record. Values beyond 2^53 lose precision (token counts never get there).
 */
export function readVarints(bytes: Uint8Array): number[] {
  const values: number[] = [];
  let i = 0;
  while (i < bytes.length) {
    let value = 0;
    let n = 0;
    for (;;) {
      const byte = bytes[i] ?? 0;
      i += 1;
      n += 1;
      if (n === 9) {
        value = value * 256 + byte;
        break;
      }
      value = value * 128 + (byte & 0x7f);
      if ((byte & 0x80) === 0 || i >= bytes.length) break;
    }
    values.push(value);
  }
  return values;
}
