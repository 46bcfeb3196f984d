import { createRequire } from 'node:module';
import type * as PdfParse from 'pdf-parse';

/**
 * Built-ins that the core-js polyfills bundled in pdf-parse (2.x) replace for the whole process when it is
 * loaded, with slower JavaScript versions: `JSON.parse` (for a proposal Node 20 lacks), `Array.prototype.push`
 * (a spec fix for lengths beyond 2^32) and `Function.prototype.toString` (to make its polyfills look native).
 * Every request of the bot parses JSON and pushes onto arrays, so they are put back once pdf-parse is loaded.
 * Their behaviour is the same for everything pdf.js and this app do (the features added by the polyfills,
 * such as `Promise.withResolvers`, are left in place).
 */
const GUARDED: readonly (readonly [object, PropertyKey])[] = [
  [JSON, 'parse'],
  [Array.prototype, 'push'],
  [Function.prototype, 'toString'],
];

let loaded: typeof PdfParse | undefined;
let natives: readonly (readonly [object, PropertyKey, PropertyDescriptor | undefined])[] | undefined;

/**
 * pdf-parse, loaded on first use (a process that never reads a PDF never loads pdf.js). The built-ins in
 * `GUARDED` are recorded before it loads and put back after; call `restoreBuiltIns()` again after each use,
 * since pdf.js loads more of its bundle (with the same polyfills) when it first parses a document.
 */
export function loadPdfParse(): typeof PdfParse {
  if (loaded) return loaded;
  natives ??= GUARDED.map(
    ([target, key]) => [target, key, Object.getOwnPropertyDescriptor(target, key)] as const,
  );
  try {
    loaded = createRequire(__filename)('pdf-parse') as typeof PdfParse;
  } finally {
    restoreBuiltIns();
  }
  return loaded;
}

/** Puts back the built-ins recorded before pdf-parse was loaded (no-op before it was). */
export function restoreBuiltIns(): void {
  for (const [target, key, descriptor] of natives ?? [])
    if (descriptor && Object.getOwnPropertyDescriptor(target, key)?.value !== descriptor.value)
      Object.defineProperty(target, key, descriptor);
}
