import readline from 'node:readline';
import type { Readable } from 'node:stream';

/** Keeps the last `limit` lines read from one or more streams and forwards each line to `onLine`. */
export interface LineTail {
  /** Starts reading `stream` line by line (stops at its end). */
  follow(stream: Readable): void;
  /** The kept lines, oldest first. */
  lines(): string[];
}

/** `limit` defaults to 40 lines; `onLine` exceptions are not caught. */
export function createLineTail(onLine: (line: string) => void, limit = 40): LineTail {
  const kept: string[] = [];
  return {
    follow(stream) {
      readline.createInterface({ input: stream, crlfDelay: Infinity }).on('line', (line) => {
        kept.push(line);
        if (kept.length > limit) kept.shift();
        onLine(line);
      });
    },
    lines: () => [...kept],
  };
}
